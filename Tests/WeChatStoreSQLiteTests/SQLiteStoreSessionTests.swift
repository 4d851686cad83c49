import StoreContracts
import Testing
import WeChatStoreSQLite

@Suite("SQLite store: sessions")
struct SQLiteStoreSessionTests {
    @Test("bytes round-trip between two stores on one file; overwrite and delete")
    func roundTrip() async throws {
        try await withTwoTemporaryStores { try await SessionStoreContract.roundTrip($0, $1) }
    }

    @Test("a session expires after its TTL, and saving again revives it")
    func expiry() async throws {
        try await withTemporaryStore { store, _ in try await SessionStoreContract.expiry(store) }
    }
}
