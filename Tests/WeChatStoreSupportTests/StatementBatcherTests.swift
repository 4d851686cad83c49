import Synchronization
import Testing
import WeChatStoreSupport

@Suite("Statement batcher: concurrent calls share statements")
struct StatementBatcherTests {
    /// A batcher whose statements are recorded and each held until released; a request's answer is its double.
    private final class Statements: Sendable {
        let batcher: StatementBatcher<Int, Int>
        private let state = Mutex<(batches: [[Int]], released: Int)>(([], 0))

        init(maximumBatch: Int) {
            batcher = StatementBatcher(maximumBatch: maximumBatch)
        }

        /// The answer to `request`, through the batcher.
        func run(_ request: Int) async throws -> Int {
            try await batcher.run(request, execute: execute)
        }

        var batches: [[Int]] { state.withLock { $0.batches } }

        func release() {
            state.withLock { $0.released += 1 }
        }

        /// Records `batch`, waits until it is released, then answers each request with its double.
        private func execute(_ batch: [Int]) async throws -> [Int] {
            let number = state.withLock { state in
                state.batches.append(batch)
                return state.batches.count
            }
            while state.withLock({ $0.released < number }) { try await Task.sleep(for: .milliseconds(1)) }
            if batch.contains(-1) { throw BatchFailure() }
            return batch.map { $0 * 2 }
        }

        /// Waits until `count` statements started.
        func waitForStatements(_ count: Int) async throws {
            while batches.count < count { try await Task.sleep(for: .milliseconds(1)) }
        }

        /// Once the first statement runs, starts `requests` concurrently and waits until all are queued behind
        /// it; the task returns their answers, sorted.
        func queue(_ requests: ClosedRange<Int>) async throws -> Task<[Int], any Error> {
            try await waitForStatements(1)
            let others = Task {
                try await withThrowingTaskGroup(of: Int.self) { group in
                    for request in requests { group.addTask { try await self.run(request) } }
                    return try await group.reduce(into: [Int]()) { $0.append($1) }.sorted()
                }
            }
            while batcher.queuedCount < requests.count { try await Task.sleep(for: .milliseconds(1)) }
            return others
        }
    }

    private struct BatchFailure: Error {}

    @Test("callers arriving during a statement ride the next one; the leader answers without waiting for it")
    func laterArrivalsShareTheNextStatement() async throws {
        let statements = Statements(maximumBatch: 8)
        async let first = statements.run(1)
        let others = try await statements.queue(2...5)
        statements.release()
        #expect(try await first == 2, "answered while the next statement is still held")
        try await statements.waitForStatements(2)
        #expect(Set(statements.batches[1]) == [2, 3, 4, 5])
        statements.release()
        #expect(try await others.value == [4, 6, 8, 10])
        #expect(statements.batches.count == 2)
    }

    @Test("a batch holds at most maximumBatch requests; every request is answered once")
    func batchesAreBounded() async throws {
        let statements = Statements(maximumBatch: 3)
        async let first = statements.run(0)
        let others = try await statements.queue(1...10)
        for _ in 0..<5 { statements.release() }
        #expect(try await first == 0)
        #expect(try await others.value == (1...10).map { $0 * 2 })
        #expect(statements.batches.map(\.count) == [1, 3, 3, 3, 1])
    }

    @Test("a failing statement fails every request of its batch and no other")
    func failureStaysInItsBatch() async throws {
        let statements = Statements(maximumBatch: 8)
        async let first = statements.run(1)
        try await statements.waitForStatements(1)
        let failing = Task { try await statements.run(-1) }
        while statements.batcher.queuedCount < 1 { try await Task.sleep(for: .milliseconds(1)) }
        let sibling = Task { try await statements.run(7) }
        while statements.batcher.queuedCount < 2 { try await Task.sleep(for: .milliseconds(1)) }
        statements.release()
        statements.release()
        #expect(try await first == 2)
        await #expect(throws: BatchFailure.self) { try await failing.value }
        await #expect(throws: BatchFailure.self) { try await sibling.value }
        statements.release()
        #expect(try await statements.run(3) == 6, "the batcher works after a failure")
    }
}
