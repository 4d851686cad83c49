import StoreContracts
import Testing
import WeChatStoreSQLite

@Suite("SQLite store: de-duplication")
struct SQLiteStoreDeduplicationTests {
    @Test("50 concurrent claims over two stores on one file: exactly one is claimed")
    func claimIsAtomic() async throws {
        try await withTwoTemporaryStores { try await DeduplicationStoreContract.claimIsAtomic($0, $1) }
    }

    @Test("claim, finish, replay and abandon")
    func lifecycle() async throws {
        try await withTemporaryStore { store, _ in try await DeduplicationStoreContract.lifecycle(store) }
    }

    @Test("expired claims count as absent; zero and huge TTLs work")
    func expiry() async throws {
        try await withTemporaryStore { store, _ in try await DeduplicationStoreContract.expiry(store) }
    }

    @Test("awaitOutcome returns what another store finishes, nil on abandon, timeout or unknown key")
    func awaitOutcome() async throws {
        try await withTwoTemporaryStores { try await DeduplicationStoreContract.awaitOutcome($0, $1) }
    }

    @Test("hostile, empty and huge keys are distinct keys")
    func hostileKeys() async throws {
        try await withTemporaryStore { store, _ in try await DeduplicationStoreContract.hostileKeys(store) }
    }
}
