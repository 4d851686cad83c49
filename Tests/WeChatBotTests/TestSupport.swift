import Logging
import Synchronization
import WeChatBot
import WeChatMessages

/// Counts how often something ran, from any task.
final class Counter: Sendable {
    private let count = Mutex(0)

    var value: Int { count.withLock { $0 } }

    @discardableResult
    func increment() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}

/// A door tasks wait at until the test opens it; also tells the test how many arrived.
final class Gate: Sendable {
    private let state = Mutex<(isOpen: Bool, arrivals: Int, waiters: [CheckedContinuation<Void, Never>])>(
        (isOpen: false, arrivals: 0, waiters: [])
    )

    var arrivals: Int { state.withLock { $0.arrivals } }

    func wait() async {
        await withCheckedContinuation { continuation in
            let passes = state.withLock { state in
                state.arrivals += 1
                if !state.isOpen { state.waiters.append(continuation) }
                return state.isOpen
            }
            if passes { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state in
            state.isOpen = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}

/// Yields until `condition` holds: for waiting on other tasks without wall-clock sleeps.
func eventually(_ condition: () -> Bool) async {
    while !condition() { await Task.yield() }
}

/// Log lines a bot wrote, for asserting on what is (and is not) logged.
final class LogRecorder: Sendable {
    struct Line: Sendable {
        let level: Logger.Level
        let message: String
        let metadata: String
    }

    private let lines = Mutex<[Line]>([])

    var recorded: [Line] { lines.withLock { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(recorder: self) }
    }

    fileprivate func append(_ line: Line) {
        lines.withLock { $0.append(line) }
    }

    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var metadataProvider: Logger.MetadataProvider?
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let metadata = metadata.merging(event.metadata ?? [:]) { $1 }
            recorder.append(Line(level: event.level, message: event.message.description, metadata: "\(metadata)"))
        }
    }
}

/// A session store that counts writes.
final class CountingSessionStore: SessionStore {
    let base = InMemorySessionStore()
    let saves = Counter()

    func load(_ key: String) async throws -> [UInt8]? { try await base.load(key) }

    func save(_ key: String, value: [UInt8], ttl: Duration) async throws {
        saves.increment()
        try await base.save(key, value: value, ttl: ttl)
    }

    func delete(_ key: String) async throws { try await base.delete(key) }
}

/// A de-duplication store that counts the claims that found another copy at work.
final class ObservedDeduplicationStore: DeduplicationStore {
    let base: InMemoryDeduplicationStore
    let pendingClaims = Counter()

    init(clock: any Clock<Duration>) {
        base = InMemoryDeduplicationStore(clock: clock)
    }

    func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim {
        let claim = try await base.claim(key, ttl: ttl)
        if claim == .pending { pendingClaims.increment() }
        return claim
    }

    func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws {
        try await base.finish(key, outcome: outcome, ttl: ttl)
    }

    func abandon(_ key: String) async throws { try await base.abandon(key) }

    func awaitOutcome(_ key: String, timeout: Duration) async throws -> DeduplicationOutcome? {
        try await base.awaitOutcome(key, timeout: timeout)
    }
}

/// A store that keeps only the protocol's default `awaitOutcome` (polling).
struct PollingDeduplicationStore: DeduplicationStore {
    let base = InMemoryDeduplicationStore()

    func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim { try await base.claim(key, ttl: ttl) }

    func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws {
        try await base.finish(key, outcome: outcome, ttl: ttl)
    }

    func abandon(_ key: String) async throws { try await base.abandon(key) }
}

/// An error a test handler throws.
struct HandlerFailure: Error {}
