import StoreContracts
import Testing
import WeChatAPI
import WeChatStoreSQLite

@Suite("SQLite store: single-flight refresh")
struct SQLiteStoreRefreshTests {
    @Test("50 concurrent refreshes over two stores on one file call refresh once")
    func singleFlightAcrossInstances() async throws {
        try await withTwoTemporaryStores { try await CredentialStoreContract.singleFlight($0, $1) }
    }

    @Test("a usable credential is returned; an expired one is refreshed and saved")
    func refreshesOnlyWhenUnusable() async throws {
        try await withTemporaryStore { store, _ in try await CredentialStoreContract.refreshesOnlyWhenUnusable(store) }
    }

    @Test("a failed refresh releases the lease so the other store refreshes at once")
    func failureReleases() async throws {
        try await withTwoTemporaryStores { try await CredentialStoreContract.failureReleases($0, $1) }
    }

    @Test("a refresh may load, save and refresh other keys of the same store")
    func nestedRefresh() async throws {
        try await withTemporaryStore { store, _ in try await CredentialStoreContract.nestedRefresh(store) }
    }

    @Test("a live holder in another store makes others wait, then they read its result")
    func waitersReadHolderResult() async throws {
        try await withTwoTemporaryStores { try await CredentialStoreContract.waitersReadHolderResult($0, $1) }
    }

    @Test("a process killed while refreshing does not block the next refresh", .timeLimit(.minutes(1)))
    func deadHolderDoesNotBlock() async throws {
        try await withTemporaryStore { store, path in
            let child = try await ChildStoreProcess(
                mode: "refresh", path: path, componentAppID: "wxdead", readyLine: "refreshing"
            )
            _ = await child.kill()
            let deadKey = CredentialKey.componentAccessToken(componentAppID: "wxdead")
            let result = try await store.refresh(deadKey, isUsable: { _ in false }) {
                StoredCredential(value: "taken-over", expiresAt: 7200, updatedAt: 0)
            }
            #expect(result.value == "taken-over")
            #expect(try await store.load(deadKey)?.value == "taken-over")
        }
    }

    @Test("a refresh in progress in another live process makes this one wait", .timeLimit(.minutes(1)))
    func liveProcessHolds() async throws {
        try await withTemporaryStore { store, path in
            let child = try await ChildStoreProcess(
                mode: "refresh", path: path, componentAppID: "wxbusy", readyLine: "refreshing"
            )
            let calls = CallCounter()
            let key = CredentialKey.componentAccessToken(componentAppID: "wxbusy")
            async let waiter = store.refresh(key, isUsable: { _ in false }) {
                _ = await calls.increment()
                return StoredCredential(value: "after-holder", expiresAt: 7200, updatedAt: 0)
            }
            try await Task.sleep(for: .milliseconds(300))
            #expect(await calls.value == 0)
            _ = await child.kill()
            #expect(try await waiter.value == "after-holder")
            #expect(await calls.value == 1)
        }
    }

    @Test("a refresh waiting for another caller of the same store can be cancelled")
    func waitingIsCancellable() async throws {
        try await withTemporaryStore { store, _ in
            let key = CredentialKey.accessToken(appID: "wx")
            let holding = AsyncStream.makeStream(of: Void.self)
            let release = AsyncStream.makeStream(of: Void.self)
            async let holder = store.refresh(key, isUsable: { _ in false }) {
                holding.continuation.yield()
                for await _ in release.stream { break }
                return StoredCredential(value: "held", expiresAt: 7200, updatedAt: 0)
            }
            for await _ in holding.stream { break }
            let waiter = Task {
                try await store.refresh(key, isUsable: { _ in false }) {
                    StoredCredential(value: "late", expiresAt: 7200, updatedAt: 0)
                }
            }
            try await Task.sleep(for: .milliseconds(50))
            waiter.cancel()
            await #expect(throws: CancellationError.self) { try await waiter.value }
            release.continuation.yield()
            #expect(try await holder.value == "held")
        }
    }
}
