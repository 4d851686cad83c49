import Synchronization

/// A fake clock for tests: time stands still until the test advances it.
///
/// Give it to a bot (`Bot.test` does) so TTLs
/// of de-duplication keys and sessions expire on command, and waits and retry back-off cost no real time.
public final class TestClock: Clock, Sendable {
    /// A point on the fake time line: the time elapsed since the clock was created.
    public struct Instant: InstantProtocol, Sendable, Hashable, Comparable {
        /// Time since the clock's start.
        public let offset: Duration

        /// The instant `duration` later.
        public func advanced(by duration: Duration) -> Instant {
            Instant(offset: offset + duration)
        }

        /// The time from this instant to `other`.
        public func duration(to other: Instant) -> Duration {
            other.offset - offset
        }

        /// Orders instants by offset.
        public static func < (lhs: Instant, rhs: Instant) -> Bool {
            lhs.offset < rhs.offset
        }
    }

    private struct Sleeper {
        let deadline: Instant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleepers: [Int: Sleeper] = [:]
        var nextSleeperID = 0
        var autoAdvanceDepth = 0

        /// Moves time to `instant` (never backwards) and removes the sleepers now due.
        mutating func move(to instant: Instant) -> [Sleeper] {
            now = max(now, instant)
            let due = sleepers.filter { $0.value.deadline <= now }
            for id in due.keys { sleepers[id] = nil }
            return Array(due.values)
        }
    }

    private let state = Mutex(State())

    /// Creates a clock at offset zero.
    public init() {}

    /// The current fake time.
    public var now: Instant {
        state.withLock { $0.now }
    }

    /// Fake time has no granularity.
    public var minimumResolution: Duration { .zero }

    /// How many tasks are sleeping on the clock.
    public var sleeperCount: Int {
        state.withLock { $0.sleepers.count }
    }

    /// Suspends until the clock is advanced to `deadline`, or returns at once while auto-advancing (the clock
    /// then jumps to `deadline`). Throws `CancellationError` when the task is cancelled.
    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        let id = state.withLock { state in
            defer { state.nextSleeperID += 1 }
            return state.nextSleeperID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let due: [Sleeper]? = state.withLock { state in
                    guard !Task.isCancelled else { return nil }
                    state.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    guard deadline <= state.now || state.autoAdvanceDepth > 0 else { return [] }
                    return state.move(to: deadline)
                }
                guard let due else { return continuation.resume(throwing: CancellationError()) }
                for sleeper in due { sleeper.continuation.resume() }
            }
        } onCancel: {
            let sleeper = state.withLock { $0.sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward by `duration`, waking every sleeper whose deadline has come.
    public func advance(by duration: Duration) {
        let due = state.withLock { $0.move(to: $0.now.advanced(by: duration)) }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Runs `body` while every new sleep returns at once, jumping the clock to its deadline: background work
    /// with retry back-off then completes without the test stepping time by hand.
    public func autoAdvancing<Result>(_ body: () async throws -> Result) async rethrows -> Result {
        state.withLock { $0.autoAdvanceDepth += 1 }
        defer { state.withLock { $0.autoAdvanceDepth -= 1 } }
        return try await body()
    }
}
