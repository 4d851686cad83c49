import Synchronization
import Testing
import WeChatStoreSupport

@Suite("Statement batcher: concurrent calls share statements")
struct StatementBatcherTests {
    /// Statements seen by `execute`, each held until released.
    private final class Statements: Sendable {
        private let state = Mutex<(batches: [[Int]], released: Int)>(([], 0))

        var batches: [[Int]] { state.withLock { $0.batches } }

        func release() {
            state.withLock { $0.released += 1 }
        }

        /// Records `batch`, waits until it is released, then answers each request with its double.
        func execute(_ batch: [Int]) async throws -> [Int] {
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
    }

    private struct BatchFailure: Error {}

    @Test("callers arriving during a statement ride the next one; the leader answers without waiting for it")
    func laterArrivalsShareTheNextStatement() async throws {
        let batcher = StatementBatcher<Int, Int>(maximumBatch: 8)
        let statements = Statements()
        async let first = batcher.run(1, execute: statements.execute)
        try await statements.waitForStatements(1)
        let others = Task {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for request in 2...5 { group.addTask { try await batcher.run(request, execute: statements.execute) } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }.sorted()
            }
        }
        while batcher.queuedCount < 4 { try await Task.sleep(for: .milliseconds(1)) }
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
        let batcher = StatementBatcher<Int, Int>(maximumBatch: 3)
        let statements = Statements()
        async let first = batcher.run(0, execute: statements.execute)
        try await statements.waitForStatements(1)
        let others = Task {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for request in 1...10 { group.addTask { try await batcher.run(request, execute: statements.execute) } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }.sorted()
            }
        }
        while batcher.queuedCount < 10 { try await Task.sleep(for: .milliseconds(1)) }
        for _ in 0..<5 { statements.release() }
        #expect(try await first == 0)
        #expect(try await others.value == (1...10).map { $0 * 2 })
        #expect(statements.batches.map(\.count) == [1, 3, 3, 3, 1])
    }

    @Test("a failing statement fails every request of its batch and no other")
    func failureStaysInItsBatch() async throws {
        let batcher = StatementBatcher<Int, Int>(maximumBatch: 8)
        let statements = Statements()
        async let first = batcher.run(1, execute: statements.execute)
        try await statements.waitForStatements(1)
        let failing = Task { try await batcher.run(-1, execute: statements.execute) }
        while batcher.queuedCount < 1 { try await Task.sleep(for: .milliseconds(1)) }
        let sibling = Task { try await batcher.run(7, execute: statements.execute) }
        while batcher.queuedCount < 2 { try await Task.sleep(for: .milliseconds(1)) }
        statements.release()
        statements.release()
        #expect(try await first == 2)
        await #expect(throws: BatchFailure.self) { try await failing.value }
        await #expect(throws: BatchFailure.self) { try await sibling.value }
        statements.release()
        #expect(try await batcher.run(3, execute: statements.execute) == 6, "the batcher works after a failure")
    }
}
