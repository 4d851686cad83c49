public import WeChatMessages

/// What the host sends back to WeChat for one inbound message (see the WeChatMessages article “Message catalogue”).
///
/// The three cases are distinct on the wire: a reply is rendered as (possibly encrypted) XML, `success` is the
/// 7-byte body that acknowledges without replying, and `emptyBody` is a zero-length body, which the release
/// test's `QUERY_AUTH_CODE` step insists on.
public enum BotResponse: Sendable, Hashable {
    /// A passive reply the user sees.
    case reply(Reply)
    /// Handled, nothing to show: answer the body `success`.
    case success
    /// Handled, nothing to show: answer a zero-length body.
    case emptyBody

    /// `reply` for a reply, `success` for `nil`.
    public init(_ reply: Reply?) {
        self = reply.map(BotResponse.reply) ?? .success
    }

    /// The passive reply, or `nil` for either acknowledgement.
    public var reply: Reply? {
        if case .reply(let reply) = self { reply } else { nil }
    }
}
