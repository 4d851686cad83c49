import Synchronization
import Testing
import WeChatStoreSupport

@Suite("AsyncLock and KeyedLocks")
struct AsyncLockTests {
    /// Tracks how many bodies run at once and the most ever seen.
    final class Occupancy: Sendable {
        private let state = Mutex((current: 0, maximum: 0))

        func enter() {
            state.withLock { state in
                state.current += 1
                state.maximum = max(state.maximum, state.current)
            }
        }

        func leave() {
            state.withLock { $0.current -= 1 }
        }

        var maximum: Int { state.withLock { $0.maximum } }
    }

    @Test("100 concurrent bodies never overlap")
    func mutualExclusion() async throws {
        let lock = AsyncLock()
        let occupancy = Occupancy()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<100 {
                group.addTask {
                    try await lock.withLock {
                        occupancy.enter()
                        await Task.yield()
                        occupancy.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(occupancy.maximum == 1)
    }

    @Test("an error in the body releases the lock")
    func errorReleases() async throws {
        struct Boom: Error {}
        let lock = AsyncLock()
        await #expect(throws: Boom.self) { try await lock.withLock { throw Boom() } }
        #expect(try await lock.withLock { 42 } == 42)
    }

    /// Runs `body` while another task holds `lock`, then lets that task go.
    private func whileHeld(_ lock: AsyncLock, _ body: () async throws -> Void) async throws {
        let entered = AsyncStream.makeStream(of: Void.self)
        let release = AsyncStream.makeStream(of: Void.self)
        async let holder: Void = lock.withLock {
            entered.continuation.yield()
            for await _ in release.stream { break }
        }
        for await _ in entered.stream { break }
        try await body()
        release.continuation.yield()
        try await holder
    }

    @Test("a cancelled waiter throws and leaves the lock usable")
    func cancelledWaiter() async throws {
        let lock = AsyncLock()
        try await whileHeld(lock) {
            let waiter = Task { try await lock.withLock { "waiter ran" } }
            try await Task.sleep(for: .milliseconds(20))
            waiter.cancel()
            await #expect(throws: CancellationError.self) { try await waiter.value }
        }
        #expect(try await lock.withLock { "free" } == "free")
    }

    @Test("an already cancelled task does not get the lock while it is held")
    func preCancelled() async throws {
        let lock = AsyncLock()
        try await whileHeld(lock) {
            let waiter = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await lock.withLock { "ran" }
            }
            await #expect(throws: CancellationError.self) { try await waiter.value }
        }
    }

    @Test("different keys do not wait for each other; the same key does; idle keys are dropped")
    func keyedLocks() async throws {
        let locks = KeyedLocks<String>()
        let occupancy = Occupancy()
        try await locks.withLock("a") {
            // A second key can be taken while "a" is held.
            try await locks.withLock("b") { #expect(locks.activeKeyCount == 2) }
        }
        #expect(locks.activeKeyCount == 0)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await locks.withLock("same") {
                        occupancy.enter()
                        await Task.yield()
                        occupancy.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(occupancy.maximum == 1)
        #expect(locks.activeKeyCount == 0)
    }
}
