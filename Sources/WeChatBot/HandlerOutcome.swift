public import WeChatMessages

/// What a rule's closure may return when it wants to pass a message on to later rules.
///
/// Declare the closure as returning `HandlerOutcome` (`On(.text) { text, _ in … return .fallThrough }`);
/// closures and handlers returning `Reply?` always end routing.
public enum HandlerOutcome: Sendable, Hashable {
    /// Answer with this reply.
    case reply(Reply)
    /// Handled, no reply (`success`).
    case noReply
    /// Not handled here: try the next rules in order.
    case fallThrough

    /// `.reply` for a reply, `.noReply` for `nil`.
    init(_ reply: Reply?) {
        self = reply.map(HandlerOutcome.reply) ?? .noReply
    }
}
