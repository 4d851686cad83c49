public import ServiceLifecycle
public import WeChatBot

/// Runs a bot's background work (late replies, the release test's customer-service step, notice handlers)
/// as a `Service`; on graceful shutdown it stops taking jobs and returns once the queued ones are done.
///
/// Add it to the `Application`'s services: Hummingbird stops its server before those services, so in-flight
/// requests still find the queue running and their late replies are flushed before the process exits.
public struct WeChatBotService: Service {
    /// The bot whose queue this service runs.
    public let bot: Bot

    /// A service for `bot`'s background work; run exactly one per bot.
    public init(_ bot: Bot) {
        self.bot = bot
    }

    /// Runs queued jobs until graceful shutdown drains the queue, or until cancelled.
    public func run() async throws {
        let work = bot.backgroundWork
        await withGracefulShutdownHandler {
            await work.run()
        } onGracefulShutdown: {
            work.finish()
        }
    }
}
