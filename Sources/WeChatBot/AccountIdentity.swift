/// The WeChat account a message was sent to, and on whose behalf the bot answers.
///
/// A bot can serve one Official Account, or many authorizers of a third-party platform (component); handlers
/// and capabilities use this to tell them apart and to pick the right credentials.
public struct AccountIdentity: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The account's appid (`wx…`), when the host knows it (always for component authorizers).
    public var appID: String?
    /// The account's original id (`gh_…`), the `ToUserName` of every message it receives.
    public var originalID: String
    /// The third-party platform's appid when the message arrived through a component message URL.
    public var componentAppID: String?

    /// Creates an identity from its parts.
    public init(appID: String? = nil, originalID: String, componentAppID: String? = nil) {
        self.appID = appID
        self.originalID = originalID
        self.componentAppID = componentAppID
    }

    /// The appid when known, otherwise the original id: a short name that is safe to log.
    public var description: String { appID ?? originalID }

    /// The prefix that scopes de-duplication and session keys to this account.
    var storageScope: String { appID ?? originalID }
}
