import Synchronization

/// A ``SessionStore`` in process memory: fast, lost on restart, not shared between instances.
///
/// Entries expire after their TTL on the given clock (inject a fake clock in tests) and are dropped as new sessions are saved.
public final class InMemorySessionStore: SessionStore {
    private let values: Mutex<ExpiringValues<String, [UInt8]>>
    private let time: ElapsedTime

    /// Creates an empty store that measures TTLs on `clock`.
    public init(clock: any Clock<Duration> = ContinuousClock()) {
        time = ElapsedTime(clock)
        values = Mutex(ExpiringValues())
    }

    /// The number of sessions held, including expired ones not yet dropped.
    public var storedCount: Int {
        values.withLock { $0.storedCount }
    }

    /// The live value under `key`.
    public func load(_ key: String) async throws -> [UInt8]? {
        let now = time.now
        return values.withLock { $0.value(key, at: now) }
    }

    /// Stores `value` under `key` for `ttl`.
    public func save(_ key: String, value: [UInt8], ttl: Duration) async throws {
        let now = time.now
        values.withLock { $0.set(key, value, ttl: ttl, at: now) }
    }

    /// Removes `key`.
    public func delete(_ key: String) async throws {
        _ = values.withLock { $0.remove(key) }
    }
}
