/// A ``CredentialStore`` in this process's memory: for tests, and single instances that can afford
/// to lose tickets and tokens on restart (authorizer refresh tokens are then recovered through the
/// authorizer list).
///
/// ``refresh(_:isUsable:using:)`` is single-flight per key: one caller refreshes while the others wait
/// and then re-read what it saved.
public actor InMemoryCredentialStore: CredentialStore {
    private var credentials: [CredentialKey: StoredCredential] = [:]
    private var lockedKeys: Set<CredentialKey> = []
    private var waiters: [CredentialKey: [CheckedContinuation<Void, Never>]] = [:]

    /// An empty store.
    public init() {}

    /// The stored credential for `key`, or `nil`.
    public func load(_ key: CredentialKey) -> StoredCredential? {
        credentials[key]
    }

    /// Stores `credential` under `key`.
    public func save(_ credential: StoredCredential, for key: CredentialKey) {
        credentials[key] = credential
    }

    /// Forgets the credential under `key`.
    public func remove(_ key: CredentialKey) {
        credentials[key] = nil
    }

    /// Authorizer appids with a stored refresh token for `componentAppID`, sorted.
    public func authorizers(of componentAppID: String) -> [String] {
        credentials.keys.compactMap { key in
            guard case .authorizerRefreshToken(componentAppID, let authorizer) = key else { return nil }
            return authorizer
        }.sorted()
    }

    /// Returns the stored credential if usable, else refreshes it with `refresh` while holding the
    /// in-process lock on `key`.
    public func refresh(
        _ key: CredentialKey,
        isUsable: @Sendable (StoredCredential) -> Bool,
        using refresh: @Sendable () async throws -> StoredCredential
    ) async throws -> StoredCredential {
        while true {
            if let stored = credentials[key], isUsable(stored) { return stored }
            if lockedKeys.contains(key) {
                await withCheckedContinuation { waiters[key, default: []].append($0) }
                continue
            }
            lockedKeys.insert(key)
            defer { unlock(key) }
            let fresh = try await refresh()
            credentials[key] = fresh
            return fresh
        }
    }

    private func unlock(_ key: CredentialKey) {
        lockedKeys.remove(key)
        for waiter in waiters.removeValue(forKey: key) ?? [] { waiter.resume() }
    }
}
