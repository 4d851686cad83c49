/// Anything WeChat pushes to a message URL: every message and event struct conforms.
///
/// Handlers and middlewares that only need the sender or the time work on any payload through it.
public protocol InboundPayload: Sendable {
    /// The common header of the message or event.
    var header: MessageHeader { get }
}
