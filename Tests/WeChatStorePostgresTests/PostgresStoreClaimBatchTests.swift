import StoreContracts
import Testing
import WeChatBot
import WeChatStorePostgres

@Suite(
    "PostgreSQL store: claims and outcomes batched into one statement",
    .enabled(if: PostgresTestServer.shouldRun, PostgresTestServer.skipReason), .serialized)
struct PostgresStoreClaimBatchTests {
    @Test("300 concurrent claims of distinct keys (several per statement) each claim once; repeated, all are pending")
    func distinctKeysInBatches() async throws {
        try await withPostgresStores { try await DeduplicationStoreContract.concurrentDistinctKeys($0.stores[0]) }
    }

    /// A measurement for PERFORMANCE.md, printed; it asserts only that every message was handled once.
    @Test("64 concurrent callers claim and finish 6,000 distinct messages: messages/s printed")
    func throughput() async throws {
        try await withPostgresStores { context in
            let handled = try await DeduplicationStoreLoad.claimAndFinish(context.stores[0], label: "PostgreSQL store")
            #expect(handled == 6_000)
        }
    }
}
