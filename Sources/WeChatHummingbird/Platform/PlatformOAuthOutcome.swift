/// What the browser gets after a web OAuth login: a page, or a redirect into the application.
public enum PlatformOAuthOutcome: Sendable, Hashable {
    /// A small page with a title and a message (values are escaped).
    case page(title: String, message: String)
    /// A `302 Found` to this URL (e.g. the application's page, with its own session set up).
    case redirect(to: String)
}
