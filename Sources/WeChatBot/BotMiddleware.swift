public import WeChatMessages

/// Code that runs around the rules for every message: logging, metrics, access control, …
///
/// Call `next` to continue (possibly with a changed message or context), or return without calling it to
/// answer yourself. User middlewares run after the built-in release-test responder and de-duplication, in
/// the order given to the bot.
/// ```swift
/// struct Timing: BotMiddleware {
///     func handle(
///         _ message: InboundMessage, context: BotContext,
///         next: (InboundMessage, BotContext) async throws -> Reply?
///     ) async throws -> Reply? {
///         let start = ContinuousClock.now
///         defer { context.logger.debug("handled", metadata: ["elapsed": "\(ContinuousClock.now - start)"]) }
///         return try await next(message, context)
///     }
/// }
/// ```
public protocol BotMiddleware: Sendable {
    /// Handles `message`, usually by calling `next`.
    func handle(
        _ message: InboundMessage,
        context: BotContext,
        next: (InboundMessage, BotContext) async throws -> Reply?
    ) async throws -> Reply?
}
