public import WeChatMessages

/// The stored result of a handled message, replayed to WeChat's retries of it.
///
/// It is `Codable` so shared stores can keep it as JSON next to the key.
public struct DeduplicationOutcome: Sendable, Hashable, Codable {
    /// The passive reply the first copy got, or `nil` when it was answered `success`.
    public var reply: Reply?

    /// Creates an outcome that replays `reply` (`nil`: no reply).
    public init(reply: Reply?) {
        self.reply = reply
    }

    /// The outcome of a message that was handled without a reply.
    public static let noReply = DeduplicationOutcome(reply: nil)
}
