import PostgresNIO
public import WeChatAPI

extension PostgresStore: CredentialStore {
    /// The stored credential for `key`, or `nil`.
    public func load(_ key: CredentialKey) async throws -> StoredCredential? {
        try await readiness.wait()
        return try await client.withConnection { connection in
            try await loadCredential(key, on: connection)
        }
    }

    /// Stores `credential` under `key`, replacing any earlier one.
    public func save(_ credential: StoredCredential, for key: CredentialKey) async throws {
        try await readiness.wait()
        try await client.withConnection { connection in
            try await saveCredential(credential, for: key, on: connection)
        }
    }

    /// Forgets the credential under `key`.
    public func remove(_ key: CredentialKey) async throws {
        try await readiness.wait()
        try await execute("DELETE FROM \(unescaped: tables.credentials) WHERE key = \(key.storageKey)")
    }

    /// Authorizer appids with a stored refresh token for `componentAppID`, sorted.
    public func authorizers(of componentAppID: String) async throws -> [String] {
        try await readiness.wait()
        let prefix = CredentialKey.authorizerRefreshTokenPrefix(componentAppID: componentAppID)
        let rows = try await query(
            "SELECT key FROM \(unescaped: tables.credentials) WHERE left(key, length(\(prefix))) = \(prefix)"
        )
        var authorizers: [String] = []
        for storageKey in try rows.map({ try $0.decode(String.self) }) {
            if case .authorizerRefreshToken(componentAppID, let authorizer) = CredentialKey(storageKey: storageKey) {
                authorizers.append(authorizer)
            }
        }
        return authorizers.sorted()
    }

    func loadCredential(_ key: CredentialKey, on connection: PostgresConnection) async throws -> StoredCredential? {
        let rows = try await connection.checkedQuery(
            "SELECT value, expires_at, updated_at FROM \(unescaped: tables.credentials) WHERE key = \(key.storageKey)",
            logger: logger
        )
        var credential: StoredCredential?
        for try await (value, expiresAt, updatedAt) in rows.decode((String, Int64?, Int64).self) {
            credential = StoredCredential(value: value, expiresAt: expiresAt, updatedAt: updatedAt)
        }
        return credential
    }

    func saveCredential(
        _ credential: StoredCredential,
        for key: CredentialKey,
        on connection: PostgresConnection
    ) async throws {
        try await connection.execute(
            """
            INSERT INTO \(unescaped: tables.credentials) (key, value, expires_at, updated_at)
            VALUES (\(key.storageKey), \(credential.value), \(credential.expiresAt), \(credential.updatedAt))
            ON CONFLICT (key) DO UPDATE SET
                value = EXCLUDED.value, expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at
            """,
            logger: logger
        )
    }
}
