import Synchronization

/// A ``DeduplicationStore`` in process memory, for a single instance.
///
/// Callers waiting for a key are woken directly when it is finished or abandoned (no polling). Keys expire
/// after their TTL on the given clock (inject a fake clock in tests) and are dropped as new keys arrive. The
/// store holds at most `capacity` keys, evicting the oldest first, so its memory has a ceiling whatever the
/// message rate: the default, 49,152 keys (the most a Swift dictionary holds in 2^16 slots), covers WeChat's
/// retry window (about 15 seconds) up to some 3,000 messages a second. Raise it for more, or use a shared
/// store (SQLite, PostgreSQL).
///
/// A key is held as a 128-bit keyed digest (`StoreKeyDigest`: random per process and store, so keys cannot
/// be chosen to collide) and its expiry in a write-order queue of fixed-size records; a text reply is held
/// inline, any other reply in a box. At the default cap a key costs about 120 bytes whether pending, finished
/// without a reply or with a short text (a longer text adds its bytes, another kind of reply a box of about
/// 110 bytes and its strings): about 6 MiB in all, also while evicting (`InMemoryDeduplicationStoreMemoryTests`).
public final class InMemoryDeduplicationStore: DeduplicationStore {
    /// A key's state. An outcome without a reply or with a text reply (most of them) is held inline, any other
    /// in a box: an inline `Reply` would make every slot of the key table as large as its largest case.
    private enum Entry {
        case pending
        case noReply
        case text(String)
        case boxed(FinishedOutcome)

        init(finished outcome: DeduplicationOutcome) {
            switch outcome.reply {
            case nil: self = .noReply
            case .text(let text): self = .text(text)
            default: self = .boxed(FinishedOutcome(outcome))
            }
        }

        /// The stored outcome; `nil` while pending.
        var outcome: DeduplicationOutcome? {
            switch self {
            case .pending: nil
            case .noReply: .noReply
            case .text(let text): DeduplicationOutcome(reply: .text(text))
            case .boxed(let box): box.outcome
            }
        }
    }

    private final class FinishedOutcome: Sendable {
        let outcome: DeduplicationOutcome

        init(_ outcome: DeduplicationOutcome) {
            self.outcome = outcome
        }
    }

    private typealias Waiter = CheckedContinuation<DeduplicationOutcome?, Never>

    private struct State {
        var entries: ExpiringValues<StoreKeyDigest, Entry>
        var waiters: [StoreKeyDigest: [Int: Waiter]] = [:]
        var nextWaiterID = 0

        /// Removes and returns every waiter of `key`.
        mutating func takeWaiters(of key: StoreKeyDigest) -> [Waiter] {
            waiters.removeValue(forKey: key).map { Array($0.values) } ?? []
        }
    }

    private let state: Mutex<State>
    private let time: ElapsedTime
    private let salt = StoreKeyDigest.Salt()

    /// Creates an empty store that measures TTLs and wait timeouts on `clock` and holds at most `capacity` keys.
    public init(clock: any Clock<Duration> = ContinuousClock(), capacity: Int = 49_152) {
        precondition(capacity > 0, "capacity must be positive")
        time = ElapsedTime(clock)
        state = Mutex(State(entries: ExpiringValues(capacity: capacity)))
    }

    /// The number of keys held, including expired ones not yet dropped.
    public var storedCount: Int {
        state.withLock { $0.entries.storedCount }
    }

    /// Claims `key` unless a live entry holds it.
    public func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim {
        let key = StoreKeyDigest(key, salt: salt)
        let now = time.now
        return state.withLock { state in
            guard let entry = state.entries.value(key, at: now) else {
                state.entries.set(key, .pending, ttl: ttl, at: now)
                return .claimed
            }
            return entry.outcome.map { .finished($0) } ?? .pending
        }
    }

    /// Stores the outcome and wakes everyone waiting for it.
    public func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws {
        let key = StoreKeyDigest(key, salt: salt)
        let now = time.now
        let waiters = state.withLock { state in
            state.entries.set(key, Entry(finished: outcome), ttl: ttl, at: now)
            return state.takeWaiters(of: key)
        }
        for waiter in waiters { waiter.resume(returning: outcome) }
    }

    /// Forgets the key and wakes everyone waiting for it with `nil`, so one of them handles the message.
    public func abandon(_ key: String) async throws {
        let key = StoreKeyDigest(key, salt: salt)
        let waiters = state.withLock { state in
            state.entries.remove(key)
            return state.takeWaiters(of: key)
        }
        for waiter in waiters { waiter.resume(returning: nil) }
    }

    /// Waits, without polling, until `key` is finished or abandoned, or `timeout` passes on the store's clock.
    public func awaitOutcome(_ key: String, timeout: Duration) async throws -> DeduplicationOutcome? {
        let key = StoreKeyDigest(key, salt: salt)
        let waiterID = state.withLock { state in
            defer { state.nextWaiterID += 1 }
            return state.nextWaiterID
        }
        return await withTaskGroup(of: DeduplicationOutcome?.self) { group in
            group.addTask { await self.waitForResolution(of: key, waiterID: waiterID) }
            group.addTask {
                try? await self.time.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    /// Suspends until `key` resolves; returns at once if it already has, and with `nil` when cancelled.
    private func waitForResolution(of key: StoreKeyDigest, waiterID: Int) async -> DeduplicationOutcome? {
        let now = time.now
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (waiter: Waiter) in
                let resolved: DeduplicationOutcome?? = state.withLock { state in
                    guard !Task.isCancelled else { return .some(nil) }
                    guard let entry = state.entries.value(key, at: now) else { return .some(nil) }
                    if let outcome = entry.outcome { return .some(outcome) }
                    state.waiters[key, default: [:]][waiterID] = waiter
                    return .none
                }
                if let resolved { waiter.resume(returning: resolved) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { if state.waiters[key]?.isEmpty == true { state.waiters[key] = nil } }
                return state.waiters[key]?.removeValue(forKey: waiterID)
            }
            waiter?.resume(returning: nil)
        }
    }
}
