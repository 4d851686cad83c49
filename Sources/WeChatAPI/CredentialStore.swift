/// Where tickets, tokens and refresh tokens live between calls, restarts and instances.
///
/// ``InMemoryCredentialStore`` serves one process; SQLite and PostgreSQL stores make credentials
/// survive restarts and, for a shared database, let many instances refresh each credential once.
public protocol CredentialStore: Sendable {
    /// The stored credential for `key`, or `nil` when there is none.
    func load(_ key: CredentialKey) async throws -> StoredCredential?
    /// Stores `credential` under `key`, replacing any earlier one.
    func save(_ credential: StoredCredential, for key: CredentialKey) async throws
    /// Forgets the credential under `key`; removing a missing key is not an error.
    func remove(_ key: CredentialKey) async throws
    /// Authorizer appids that have a stored refresh token for this component.
    func authorizers(of componentAppID: String) async throws -> [String]
    /// Single-flight refresh, across instances for shared stores: if the stored credential satisfies
    /// `isUsable`, return it; else, holding an exclusive lock on `key` (others wait, then re-read), call
    /// `refresh`, save and return its result. A holder that dies must not block the rest.
    func refresh(
        _ key: CredentialKey,
        isUsable: @Sendable (StoredCredential) -> Bool,
        using refresh: @Sendable () async throws -> StoredCredential
    ) async throws -> StoredCredential
}
