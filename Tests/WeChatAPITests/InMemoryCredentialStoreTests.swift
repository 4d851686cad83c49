import Testing
import WeChatAPI

@Suite("In-memory credential store")
struct InMemoryCredentialStoreTests {
    private let key = CredentialKey.componentAccessToken(componentAppID: "wxcomponent")

    @Test("save, load and remove round-trip")
    func roundTrip() async throws {
        let store: any CredentialStore = InMemoryCredentialStore()
        #expect(try await store.load(key) == nil)
        let credential = StoredCredential(value: "token", expiresAt: 100, updatedAt: 10)
        try await store.save(credential, for: key)
        #expect(try await store.load(key) == credential)
        try await store.remove(key)
        #expect(try await store.load(key) == nil)
        try await store.remove(key)
    }

    @Test("authorizers lists only refresh tokens of the asked component")
    func authorizersOfComponent() async throws {
        let store: any CredentialStore = InMemoryCredentialStore()
        let credential = StoredCredential(value: "refresh", expiresAt: nil, updatedAt: 1)
        try await store.save(credential, for: .authorizerRefreshToken(componentAppID: "wxc", authorizerAppID: "wxb"))
        try await store.save(credential, for: .authorizerRefreshToken(componentAppID: "wxc", authorizerAppID: "wxa"))
        try await store.save(
            credential, for: .authorizerRefreshToken(componentAppID: "wxother", authorizerAppID: "wxz"))
        try await store.save(credential, for: .authorizerAccessToken(componentAppID: "wxc", authorizerAppID: "wxy"))
        #expect(try await store.authorizers(of: "wxc") == ["wxa", "wxb"])
        #expect(try await store.authorizers(of: "") == [])
    }

    @Test("50 concurrent refreshes of one key call refresh once")
    func singleFlight() async throws {
        let store: any CredentialStore = InMemoryCredentialStore()
        let calls = Counter()
        let results = try await withThrowingTaskGroup(of: StoredCredential.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await store.refresh(key, isUsable: { $0.isFresh(at: 0) }) {
                        let number = await calls.increment()
                        try await Task.sleep(for: .milliseconds(20))
                        return StoredCredential(value: "token-\(number)", expiresAt: 7200, updatedAt: 0)
                    }
                }
            }
            return try await group.reduce(into: [StoredCredential]()) { $0.append($1) }
        }
        #expect(await calls.value == 1)
        #expect(results.count == 50)
        #expect(Set(results.map(\.value)) == ["token-1"])
        #expect(try await store.load(key)?.value == "token-1")
    }

    @Test("a usable stored credential is returned without refreshing")
    func usableIsReturned() async throws {
        let store: any CredentialStore = InMemoryCredentialStore()
        let stored = StoredCredential(value: "kept", expiresAt: 500, updatedAt: 0)
        try await store.save(stored, for: key)
        let result = try await store.refresh(key, isUsable: { $0.isFresh(at: 100) }) {
            Issue.record("refresh must not run")
            return StoredCredential(value: "new", expiresAt: 900, updatedAt: 100)
        }
        #expect(result == stored)
    }

    @Test("a failing holder releases the lock and the next caller refreshes")
    func failingHolderReleasesLock() async throws {
        let store: any CredentialStore = InMemoryCredentialStore()
        await #expect(throws: RefreshFailure.self) {
            try await store.refresh(key, isUsable: { _ in false }) { throw RefreshFailure() }
        }
        let result = try await store.refresh(key, isUsable: { $0.isFresh(at: 0) }) {
            StoredCredential(value: "second", expiresAt: 10, updatedAt: 0)
        }
        #expect(result.value == "second")
    }

    @Test("different keys refresh independently")
    func independentKeys() async throws {
        let store: any CredentialStore = InMemoryCredentialStore()
        let calls = Counter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    let key = CredentialKey.accessToken(appID: "wx\(index % 4)")
                    _ = try await store.refresh(key, isUsable: { _ in true }) {
                        _ = await calls.increment()
                        return StoredCredential(value: "t", expiresAt: nil, updatedAt: 0)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(await calls.value == 4)
    }

    @Test("description never shows the value")
    func descriptionHidesValue() {
        let credential = StoredCredential(value: "SECRET-TOKEN", expiresAt: nil, updatedAt: 3)
        #expect(!credential.description.contains("SECRET"))
        #expect(credential.description.contains("never"))
    }
}

private struct RefreshFailure: Error {}
