import Foundation
import Logging
import SQLiteNIO
import StoreContracts
import Testing
import WeChatAPI
import WeChatBot
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

@Suite("SQLite store: purging")
struct SQLiteStorePurgeTests {
    @Test("a claim sweeps expired de-duplication keys and sessions, and keeps live ones")
    func purgesExpiredRows() async throws {
        try await withTemporaryStore({ $0.purgeInterval = .zero }) { store, path in
            _ = try await store.claim("expired", ttl: .milliseconds(20))
            _ = try await store.claim("live", ttl: .seconds(60))
            try await store.save("expired-session", value: [1], ttl: .milliseconds(20))
            try await store.save("live-session", value: [2], ttl: .seconds(60))
            try await Task.sleep(for: .milliseconds(60))
            _ = try await store.claim("trigger", ttl: .seconds(60))
            let connection = try await SQLiteConnection.open(storage: .file(path: path))
            let keys = try await connection.query("SELECT key FROM deduplication ORDER BY key")
            let sessions = try await connection.query("SELECT key FROM sessions")
            try await connection.close()
            #expect(keys.compactMap { $0.column("key")?.string } == ["live", "trigger"])
            #expect(sessions.compactMap { $0.column("key")?.string } == ["live-session"])
        }
    }
}

@Suite("SQLite store: what a killed process wrote")
struct SQLiteStoreKillUnderLoadTests {
    @Test("every de-dup claim and the credential acknowledged before a SIGKILL under load are there afterwards")
    func claimsSurviveKill() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("load.sqlite")
        let child = try await ChildStoreProcess(mode: "claims", path: path, componentAppID: "wxload", readyLine: "ready")
        try await Task.sleep(for: .milliseconds(300))  // killed in the middle of a burst of claims
        let status = await child.kill()
        #expect(status == SIGKILL)
        let store = try await SQLiteStore.open(.init(path: path), logger: Logger(label: "test"))
        let (acknowledged, lost) = try await KilledClaimLoad.lostClaims(printed: child.output, in: store)
        let credential = try await store.load(.componentAccessToken(componentAppID: "wxload"))
        try await store.close()
        print("SIGKILL under load: \(acknowledged) acknowledged claims, \(lost.count) lost")
        #expect(acknowledged >= 500)
        #expect(lost.isEmpty, "claims acknowledged before the kill but missing after it: \(lost.prefix(5))")
        #expect(credential?.value == "survivor")
    }
}

@Suite("SQLite store: claims and outcomes batched into one statement", .serialized)
struct SQLiteStoreClaimBatchTests {
    @Test("300 concurrent claims of distinct keys (several per statement) each claim once; repeated, all are pending")
    func distinctKeysInBatches() async throws {
        try await withTemporaryStore { store, _ in try await DeduplicationStoreContract.concurrentDistinctKeys(store) }
    }

    /// A measurement for PERFORMANCE.md, printed; it asserts only that every message was handled once.
    @Test("64 concurrent callers claim and finish 6,000 distinct messages: messages/s printed")
    func throughput() async throws {
        try await withTemporaryStore { store, _ in
            let handled = try await DeduplicationStoreLoad.claimAndFinish(store, label: "SQLite store")
            #expect(handled == 6_000)
        }
    }
}
