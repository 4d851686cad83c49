import Testing
package import WeChatAPI

/// Behaviour every database ``CredentialStore`` must show, checked the same way for each backend.
///
/// Two-store checks take two instances sharing one database (two stores on one SQLite file, two
/// PostgreSQL clients) to prove that locks and claims hold across instances, not only within one.
package enum CredentialStoreContract {
    private struct Refused: Error {}

    private static let key = CredentialKey.authorizerAccessToken(componentAppID: "wxc", authorizerAppID: "wxa")

    /// Save, load, overwrite and remove round-trip; removing twice is fine.
    package static func roundTrip(_ store: some CredentialStore) async throws {
        #expect(try await store.load(key) == nil)
        let first = StoredCredential(value: "token-1", expiresAt: 7200, updatedAt: 10)
        try await store.save(first, for: key)
        #expect(try await store.load(key) == first)
        let second = StoredCredential(value: "token-2", expiresAt: nil, updatedAt: 20)
        try await store.save(second, for: key)
        #expect(try await store.load(key) == second)
        #expect(try await store.load(.authorizerAccessToken(componentAppID: "wxc", authorizerAppID: "wxb")) == nil)
        try await store.remove(key)
        #expect(try await store.load(key) == nil)
        try await store.remove(key)
    }

    /// Expiry times round-trip, including none and the extremes of `Int64`.
    package static func expiryExtremes(_ store: some CredentialStore) async throws {
        for expiresAt in [nil, 0, -1, Int64.max, Int64.min] as [Int64?] {
            let credential = StoredCredential(value: "v", expiresAt: expiresAt, updatedAt: Int64.max)
            try await store.save(credential, for: key)
            #expect(try await store.load(key) == credential)
        }
    }

    /// `authorizers(of:)` lists only refresh tokens of the asked component, sorted; wildcards match nothing.
    package static func authorizers(_ store: some CredentialStore) async throws {
        let refresh = StoredCredential(value: "refresh", expiresAt: nil, updatedAt: 1)
        for (component, authorizer) in [("wxc", "wxb"), ("wxc", "wxa"), ("wxc2", "wxz"), ("wx", "wxq"), ("a%_", "wxp")]
        {
            try await store.save(
                refresh, for: .authorizerRefreshToken(componentAppID: component, authorizerAppID: authorizer))
        }
        try await store.save(refresh, for: .authorizerAccessToken(componentAppID: "wxc", authorizerAppID: "wxy"))
        #expect(try await store.authorizers(of: "wxc") == ["wxa", "wxb"])
        #expect(try await store.authorizers(of: "wx") == ["wxq"])
        #expect(try await store.authorizers(of: "a%_") == ["wxp"])
        #expect(try await store.authorizers(of: "ab_") == [])
        #expect(try await store.authorizers(of: "%") == [])
        #expect(try await store.authorizers(of: "") == [])
        try await store.remove(.authorizerRefreshToken(componentAppID: "wxc", authorizerAppID: "wxa"))
        #expect(try await store.authorizers(of: "wxc") == ["wxb"])
    }

    /// SQL in appids and values, quotes, emoji and a 1 MiB value are stored verbatim.
    package static func hostileInput(_ store: some CredentialStore) async throws {
        let hostile = "x'); DROP TABLE credentials; --"
        let hostileKey = CredentialKey.accessToken(appID: hostile)
        let value = "'\"\\😀 " + String(repeating: "秘", count: 1 << 18)
        try await store.save(StoredCredential(value: value, expiresAt: 1, updatedAt: 1), for: hostileKey)
        #expect(try await store.load(hostileKey)?.value == value)
        #expect(try await store.load(.accessToken(appID: "x")) == nil)
        try await store.save(
            StoredCredential(value: "r", expiresAt: nil, updatedAt: 1),
            for: .authorizerRefreshToken(componentAppID: "wxc", authorizerAppID: hostile)
        )
        #expect(try await store.authorizers(of: "wxc") == [hostile])
    }

    /// 50 concurrent refreshes spread over two instances call `refresh` exactly once; all get its result.
    package static func singleFlight(_ first: some CredentialStore, _ second: some CredentialStore) async throws {
        let calls = CallCounter()
        let results = try await withThrowingTaskGroup(of: StoredCredential.self) { group in
            for index in 0..<50 {
                group.addTask {
                    let refresh: @Sendable () async throws -> StoredCredential = {
                        let number = await calls.increment()
                        try await Task.sleep(for: .milliseconds(50))
                        return StoredCredential(value: "token-\(number)", expiresAt: 7200, updatedAt: 0)
                    }
                    return index.isMultiple(of: 2)
                        ? try await first.refresh(key, isUsable: { $0.isFresh(at: 0) }, using: refresh)
                        : try await second.refresh(key, isUsable: { $0.isFresh(at: 0) }, using: refresh)
                }
            }
            return try await group.reduce(into: [StoredCredential]()) { $0.append($1) }
        }
        #expect(await calls.value == 1)
        #expect(results.count == 50)
        #expect(Set(results.map(\.value)) == ["token-1"])
        #expect(try await second.load(key)?.value == "token-1")
    }

    /// A usable credential is returned untouched; an expired one is refreshed and saved.
    package static func refreshesOnlyWhenUnusable(_ store: some CredentialStore) async throws {
        let stored = StoredCredential(value: "kept", expiresAt: 500, updatedAt: 0)
        try await store.save(stored, for: key)
        let kept = try await store.refresh(key, isUsable: { $0.isFresh(at: 100) }) {
            Issue.record("refresh must not run for a usable credential")
            return StoredCredential(value: "new", expiresAt: 900, updatedAt: 100)
        }
        #expect(kept == stored)
        let fresh = StoredCredential(value: "new", expiresAt: 7300, updatedAt: 600)
        let refreshed = try await store.refresh(key, isUsable: { $0.isFresh(at: 600, margin: 60) }) { fresh }
        #expect(refreshed == fresh)
        #expect(try await store.load(key) == fresh)
    }

    /// A failed refresh saves nothing and leaves no lock behind: the other instance refreshes at once.
    package static func failureReleases(_ first: some CredentialStore, _ second: some CredentialStore) async throws {
        await #expect(throws: Refused.self) {
            try await first.refresh(key, isUsable: { _ in false }) { throw Refused() }
        }
        #expect(try await first.load(key) == nil)
        let result = try await second.refresh(key, isUsable: { _ in false }) {
            StoredCredential(value: "second", expiresAt: 7200, updatedAt: 1)
        }
        #expect(result.value == "second")
    }

    /// A refresh may refresh another key and save a third meanwhile (an authorizer token needs the
    /// component token; the authorizer refresh token rotates).
    package static func nestedRefresh(_ store: some CredentialStore) async throws {
        let component = CredentialKey.componentAccessToken(componentAppID: "wxc")
        let refreshToken = CredentialKey.authorizerRefreshToken(componentAppID: "wxc", authorizerAppID: "wxa")
        let result = try await store.refresh(key, isUsable: { _ in false }) {
            let componentToken = try await store.refresh(component, isUsable: { _ in false }) {
                StoredCredential(value: "component", expiresAt: 7200, updatedAt: 0)
            }
            try await store.save(StoredCredential(value: "rotated", expiresAt: nil, updatedAt: 0), for: refreshToken)
            return StoredCredential(value: "via-\(componentToken.value)", expiresAt: 7200, updatedAt: 0)
        }
        #expect(result.value == "via-component")
        #expect(try await store.load(refreshToken)?.value == "rotated")
        #expect(try await store.load(component)?.value == "component")
    }

    /// While one instance refreshes, the other waits and then returns the holder's result.
    package static func waitersReadHolderResult(
        _ first: some CredentialStore,
        _ second: some CredentialStore
    ) async throws {
        let holding = AsyncStream.makeStream(of: Void.self)
        let release = AsyncStream.makeStream(of: Void.self)
        async let holder = first.refresh(key, isUsable: { _ in false }) {
            holding.continuation.yield()
            for await _ in release.stream { break }
            return StoredCredential(value: "held", expiresAt: 7200, updatedAt: 0)
        }
        for await _ in holding.stream { break }
        async let waiter = second.refresh(key, isUsable: { $0.value == "held" }) {
            Issue.record("the waiter must not refresh")
            return StoredCredential(value: "duplicate", expiresAt: 7200, updatedAt: 0)
        }
        try await Task.sleep(for: .milliseconds(100))
        release.continuation.yield()
        #expect(try await holder.value == "held")
        #expect(try await waiter.value == "held")
    }
}
