import Foundation
import StoreContracts
import Testing
import WeChatAPI
import WeChatStoreSQLite

@Suite("SQLite store: credentials")
struct SQLiteStoreCredentialTests {
    @Test("save, load, overwrite and remove round-trip")
    func roundTrip() async throws {
        try await withTemporaryStore { store, _ in try await CredentialStoreContract.roundTrip(store) }
    }

    @Test("expiry times round-trip, including none and the extremes")
    func expiryExtremes() async throws {
        try await withTemporaryStore { store, _ in try await CredentialStoreContract.expiryExtremes(store) }
    }

    @Test("authorizers lists only refresh tokens of the asked component, sorted")
    func authorizers() async throws {
        try await withTemporaryStore { store, _ in try await CredentialStoreContract.authorizers(store) }
    }

    @Test("hostile appids and huge values are stored verbatim, not run as SQL")
    func hostileInput() async throws {
        try await withTemporaryStore { store, _ in try await CredentialStoreContract.hostileInput(store) }
    }

    @Test("credentials survive closing and reopening the file")
    func survivesReopen() async throws {
        try await withTemporaryStore { store, path in
            let credential = StoredCredential(value: "kept", expiresAt: 99, updatedAt: 9)
            try await store.save(credential, for: .accessToken(appID: "wx"))
            let reopened = try await openStore(at: path)
            #expect(try await reopened.load(.accessToken(appID: "wx")) == credential)
            try await reopened.close()
        }
    }

    @Test("a credential saved by a process killed with SIGKILL is there afterwards")
    func durableAfterKill() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("killed.sqlite")
        let child = try await ChildStoreProcess(
            mode: "save", path: path, componentAppID: "wxkilled", readyLine: "saved")
        let status = await child.kill()
        #expect(status == SIGKILL)
        let store = try await openStore(at: path)
        let loaded = try await store.load(.componentAccessToken(componentAppID: "wxkilled"))
        try await store.close()
        #expect(loaded == StoredCredential(value: "survivor", expiresAt: 4_102_444_800, updatedAt: 1))
    }
}
