/// Remembers which inbound messages were already handled, so WeChat's retries (<doc:Middlewares>) run a handler
/// once and get the same answer.
///
/// Keys are opaque strings scoped by account; values are small and expire after a TTL. The in-memory store
/// ships here; database stores implement exactly this protocol so several instances can share keys.
public protocol DeduplicationStore: Sendable {
    /// Claims `key` for `ttl`: `.claimed` if the caller is first, `.pending` while another holder works,
    /// `.finished(outcome)` once the first copy's outcome was stored.
    func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim
    /// Stores the outcome of the claimed key, kept for `ttl`.
    func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws
    /// Gives up a claim (the handler failed), so a retry is handled afresh.
    func abandon(_ key: String) async throws
    /// Waits until `key` is finished or abandoned or `timeout` passes; default implementation polls `claim`.
    ///
    /// Returns the outcome once finished, or `nil` when the key was abandoned, expired or the wait timed out;
    /// the caller then claims again.
    func awaitOutcome(_ key: String, timeout: Duration) async throws -> DeduplicationOutcome?
}

/// The answer to ``DeduplicationStore/claim(_:ttl:)``.
public enum DeduplicationClaim: Sendable, Hashable {
    /// The caller is the first: it handles the message, then finishes or abandons the key.
    case claimed
    /// Another copy is being handled right now.
    case pending
    /// Another copy was handled; replay its outcome.
    case finished(DeduplicationOutcome)
}

extension DeduplicationStore {
    /// Polls ``claim(_:ttl:)`` every 50 ms until the key is finished, or gone, or `timeout` passes.
    ///
    /// A poll that finds the key gone claims it as a side effect; it abandons that claim at once and returns
    /// `nil`, so the caller's next claim decides who handles the retry.
    public func awaitOutcome(_ key: String, timeout: Duration) async throws -> DeduplicationOutcome? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            switch try await claim(key, ttl: timeout) {
            case .finished(let outcome):
                return outcome
            case .claimed:
                try await abandon(key)
                return nil
            case .pending:
                guard clock.now < deadline else { return nil }
                try await clock.sleep(for: min(.milliseconds(50), clock.now.duration(to: deadline)))
            }
        }
    }
}
