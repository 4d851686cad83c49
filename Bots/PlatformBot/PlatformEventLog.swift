import Logging
import ServiceLifecycle
import WeChatAPI

/// Logs every platform event (tickets, authorizations, token refreshes), as wechat-open-toolkit's example
/// does with `toolkit.on(EVENT_…, console.log)`. Event descriptions never contain a token.
struct PlatformEventLog: Service {
    let events: PlatformEvents
    let logger: Logger

    /// Logs until the credentials' service stops or graceful shutdown.
    func run() async throws {
        for await event in events.cancelOnGracefulShutdown() {
            logger.info("platform event", metadata: ["event": "\(event)"])
        }
    }
}
