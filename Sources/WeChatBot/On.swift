public import WeChatMessages

/// A rule: when `matcher` accepts a message, its handler answers it.
///
/// ```swift
/// On(.subscribe) { Welcome() }
/// On(.text("help")) { _, _ in .text("天气 北京 / 菜单") }
/// On(.text(prefix: "#")) { text, _ in text.content == "#" ? .fallThrough : .reply(.text("tag")) }
/// ```
public struct On: Sendable {
    let rule: Rule

    /// A rule handled by a handler type; `handler` is called once, when the rule is declared.
    public init<H: Handler>(
        _ matcher: Matcher<H.Input>,
        fileID: String = #fileID,
        line: Int = #line,
        handler: () -> H
    ) {
        let handler = handler()
        rule = Rule(matcher, location: SourceLocation(fileID: fileID, line: line), mayFallThrough: false) {
            HandlerOutcome(try await handler.handle($0, context: $1))
        }
    }

    /// A rule handled by a closure; `nil` means no reply.
    public init<Payload>(
        _ matcher: Matcher<Payload>,
        fileID: String = #fileID,
        line: Int = #line,
        _ handle: @escaping @Sendable (Payload, BotContext) async throws -> Reply?
    ) {
        rule = Rule(matcher, location: SourceLocation(fileID: fileID, line: line), mayFallThrough: false) {
            HandlerOutcome(try await handle($0, $1))
        }
    }

    /// A rule handled by a closure that may pass the message on with `.fallThrough`.
    public init<Payload>(
        _ matcher: Matcher<Payload>,
        fileID: String = #fileID,
        line: Int = #line,
        _ handle: @escaping @Sendable (Payload, BotContext) async throws -> HandlerOutcome
    ) {
        rule = Rule(matcher, location: SourceLocation(fileID: fileID, line: line), mayFallThrough: true, handle: handle)
    }
}
