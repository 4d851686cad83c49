public import WeChatBot

/// A ``WeChatBot/DeduplicationStore`` that counts retries found in another store, for `/metrics`.
///
/// The application builder puts it in front of the bot's store; wrap your own store with it when you add the
/// endpoints to a router yourself.
public struct MeteredDeduplicationStore: DeduplicationStore {
    private let base: any DeduplicationStore
    private let metrics: WeChatMetrics

    /// Counts hits of `base` into `metrics`.
    public init(_ base: any DeduplicationStore, metrics: WeChatMetrics) {
        self.base = base
        self.metrics = metrics
    }

    /// Claims through the base store; a key that is pending or finished is a de-duplication hit.
    public func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim {
        let claim = try await base.claim(key, ttl: ttl)
        if claim != .claimed { metrics.recordDeduplicationHit() }
        return claim
    }

    /// Stores the outcome in the base store.
    public func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws {
        try await base.finish(key, outcome: outcome, ttl: ttl)
    }

    /// Abandons the claim in the base store.
    public func abandon(_ key: String) async throws {
        try await base.abandon(key)
    }

    /// Waits through the base store (its own, possibly faster, implementation).
    public func awaitOutcome(_ key: String, timeout: Duration) async throws -> DeduplicationOutcome? {
        try await base.awaitOutcome(key, timeout: timeout)
    }
}
