import Logging
import WeChatMessages

/// The built-in de-duplication middleware: runs the handler once per message key and replays its outcome to
/// WeChat's retries, including retries that arrive while the first copy is still being handled.
struct Deduplicator: Sendable {
    let store: any DeduplicationStore
    let ttl: Duration
    let waitTimeout: Duration

    /// Handles the message under `key` exactly once; a failing `handle` releases the key and rethrows.
    ///
    /// A store failure must not lose the message, so the handler then runs without de-duplication. `logger` is
    /// read only to log (a bot context makes its logger when it is read).
    func run(key: String, logger: @autoclosure () -> Logger, _ handle: () async throws -> Reply?) async throws
        -> Reply?
    {
        var waited = false
        while true {
            let claim: DeduplicationClaim
            do {
                claim = try await store.claim(key, ttl: ttl)
            } catch {
                logger().warning(
                    "de-duplication store failed; handling without it",
                    metadata: ["key": "\(key)", "error": "\(error)"])
                return try await handle()
            }
            switch claim {
            case .finished(let outcome):
                logger().debug("replaying the outcome of a retried message", metadata: ["key": "\(key)"])
                return outcome.reply
            case .claimed:
                return try await handleClaimed(key: key, logger: logger, handle)
            case .pending where waited:
                logger().notice("retry still pending after waiting; answering success", metadata: ["key": "\(key)"])
                return nil
            case .pending:
                waited = true
                if let outcome = try await store.awaitOutcome(key, timeout: waitTimeout) {
                    return outcome.reply
                }
            }
        }
    }

    private func handleClaimed(
        key: String,
        logger: () -> Logger,
        _ handle: () async throws -> Reply?
    ) async throws -> Reply? {
        let reply: Reply?
        do {
            reply = try await handle()
        } catch {
            do {
                try await store.abandon(key)
            } catch let storeError {
                logger().warning(
                    "could not release a de-duplication key", metadata: ["key": "\(key)", "error": "\(storeError)"])
            }
            throw error
        }
        do {
            try await store.finish(key, outcome: DeduplicationOutcome(reply: reply), ttl: ttl)
        } catch {
            logger().warning(
                "could not store a de-duplication outcome", metadata: ["key": "\(key)", "error": "\(error)"])
        }
        return reply
    }
}
