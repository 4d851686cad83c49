public import WeChatMessages

/// The last rule: answers every message no earlier rule handled. Rules after it can never match.
public struct Otherwise: Sendable {
    let rule: Rule

    /// A catch-all handled by a handler type.
    public init<H: Handler>(
        fileID: String = #fileID,
        line: Int = #line,
        handler: () -> H
    ) where H.Input == InboundMessage {
        rule = On(.any, fileID: fileID, line: line, handler: handler).rule
    }

    /// A catch-all handled by a closure; `nil` means no reply.
    public init(
        fileID: String = #fileID,
        line: Int = #line,
        _ handle: @escaping @Sendable (InboundMessage, BotContext) async throws -> Reply?
    ) {
        rule = On(.any, fileID: fileID, line: line, handle).rule
    }
}
