/// A passive reply: what the bot answers in the HTTP response to a message (see <doc:MessageCatalogue>).
///
/// "No reply" is not a case: handlers return `nil` and the server answers `success`.
public enum Reply: Sendable, Hashable, Codable {
    /// A text reply.
    case text(String)
    /// A picture previously uploaded as media.
    case image(mediaID: String)
    /// A voice clip previously uploaded as media.
    case voice(mediaID: String)
    /// A video previously uploaded as media, with an optional title and description.
    case video(mediaID: String, title: String? = nil, description: String? = nil)
    /// A music track.
    case music(Music)
    /// Articles (one when replying to a user's message, up to 8 otherwise).
    case news([Article])
    /// Hand the conversation to customer service, optionally to one agent (`KfAccount`).
    case transferToCustomerService(kfAccount: String? = nil)
    /// A picture, voice clip or video from a local file; the bot uploads it (once) before rendering.
    case file(LocalMedia)
}
