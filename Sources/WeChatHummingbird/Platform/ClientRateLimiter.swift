import Synchronization

/// A token bucket per client: each client may make `requestsPerMinute` requests in a burst, refilled evenly
/// over a minute. The platform pages use it so that no one client can spend the platform's WeChat quota.
///
/// Memory is bounded: at `maximumClients` buckets, full (idle) buckets are dropped, at most once a second;
/// if every bucket is still in use, new clients share one overflow bucket.
final class ClientRateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private struct State {
        var buckets: [String: Bucket] = [:]
        var lastSweep: ContinuousClock.Instant?
    }

    /// The key of the bucket clients share once the table is full of active ones.
    static let overflowClient = "\u{0}overflow"

    private let capacity: Double
    private let refillPerSecond: Double
    private let maximumClients: Int
    private let state = Mutex(State())

    /// A limiter allowing each client `requestsPerMinute` requests a minute (at least 1).
    init(requestsPerMinute: Int, maximumClients: Int = 10_000) {
        capacity = Double(max(1, requestsPerMinute))
        refillPerSecond = capacity / 60
        self.maximumClients = max(1, maximumClients)
    }

    /// Takes one request from `client`'s bucket; `false` when it is empty.
    func allow(_ client: String, now: ContinuousClock.Instant = .now) -> Bool {
        state.withLock { state in
            var key = client
            if state.buckets[key] == nil, state.buckets.count >= maximumClients {
                sweep(&state, now: now)
                if state.buckets.count >= maximumClients { key = Self.overflowClient }
            }
            var bucket = state.buckets[key] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + seconds(now - bucket.updated) * refillPerSecond)
            bucket.updated = now
            let allowed = bucket.tokens >= 1
            if allowed { bucket.tokens -= 1 }
            state.buckets[key] = bucket
            return allowed
        }
    }

    /// Drops the buckets that have refilled completely (their clients have been idle), once a second at most.
    private func sweep(_ state: inout State, now: ContinuousClock.Instant) {
        if let last = state.lastSweep, now - last < .seconds(1) { return }
        state.lastSweep = now
        state.buckets = state.buckets.filter { _, bucket in
            bucket.tokens + seconds(now - bucket.updated) * refillPerSecond < capacity
        }
    }

    private func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
