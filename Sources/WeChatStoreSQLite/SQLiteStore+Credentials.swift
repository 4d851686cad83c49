import SQLiteNIO
public import WeChatAPI

extension SQLiteStore: CredentialStore {
    /// The stored credential for `key`, or `nil`.
    public func load(_ key: CredentialKey) async throws -> StoredCredential? {
        let rows = try await connection.query(
            "SELECT value, expires_at, updated_at FROM credentials WHERE key = ?",
            [.text(key.storageKey)]
        )
        return try rows.first.map(Self.credential(from:))
    }

    /// Stores `credential` under `key`, replacing any earlier one; durable when this returns.
    public func save(_ credential: StoredCredential, for key: CredentialKey) async throws {
        try await connection.execute(Self.upsertCredentialSQL, Self.credentialBinds(credential, for: key))
    }

    /// Forgets the credential under `key`.
    public func remove(_ key: CredentialKey) async throws {
        try await connection.execute("DELETE FROM credentials WHERE key = ?", [.text(key.storageKey)])
    }

    /// Authorizer appids with a stored refresh token for `componentAppID`, sorted.
    public func authorizers(of componentAppID: String) async throws -> [String] {
        let prefix = CredentialKey.authorizerRefreshTokenPrefix(componentAppID: componentAppID)
        let rows = try await connection.query(
            "SELECT key FROM credentials WHERE substr(key, 1, length(?1)) = ?1",
            [.text(prefix)]
        )
        return rows.compactMap { row -> String? in
            guard let storageKey = row.column("key")?.string,
                case .authorizerRefreshToken(componentAppID, let authorizer) = CredentialKey(storageKey: storageKey)
            else { return nil }
            return authorizer
        }.sorted()
    }

    static let upsertCredentialSQL = """
        INSERT INTO credentials (key, value, expires_at, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET
            value = excluded.value, expires_at = excluded.expires_at, updated_at = excluded.updated_at
        """

    static func credentialBinds(_ credential: StoredCredential, for key: CredentialKey) -> [SQLiteData] {
        [
            .text(key.storageKey),
            .text(credential.value),
            credential.expiresAt.map { .integer(SQLiteInt64($0)) } ?? .null,
            .integer(SQLiteInt64(credential.updatedAt)),
        ]
    }

    static func credential(from row: SQLiteRow) throws -> StoredCredential {
        guard case .text(let value) = row.column("value"),
            case .integer(let updatedAt) = row.column("updated_at")
        else { throw SQLiteStoreError.malformedRow(in: "credentials") }
        let expiresAt: Int64?
        switch row.column("expires_at") {
        case .null: expiresAt = nil
        case .integer(let seconds): expiresAt = Int64(seconds)
        default: throw SQLiteStoreError.malformedRow(in: "credentials")
        }
        return StoredCredential(value: value, expiresAt: expiresAt, updatedAt: Int64(updatedAt))
    }
}
