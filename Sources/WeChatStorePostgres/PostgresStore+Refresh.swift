import Logging
import PostgresNIO
public import WeChatAPI
import WeChatStoreSupport

extension PostgresStore {
    /// Returns the stored credential if usable; otherwise refreshes it once across every instance sharing
    /// the database.
    ///
    /// Callers in this instance queue per key in memory, so only one connection per instance waits. That
    /// one opens a transaction, takes `pg_advisory_xact_lock` on a 64-bit hash of the schema and key
    /// (waiting at most ``Configuration/lockTimeout`` for another instance's refresh), re-reads, and only
    /// if still unusable calls `refresh`, upserts and commits. The lock ends with the transaction, and
    /// PostgreSQL releases it when a holder's connection dies, so a crashed instance blocks nobody.
    public func refresh(
        _ key: CredentialKey,
        isUsable: @Sendable (StoredCredential) -> Bool,
        using refresh: @Sendable () async throws -> StoredCredential
    ) async throws -> StoredCredential {
        if let stored = try await load(key), isUsable(stored) { return stored }
        let lockName = "\(configuration.schema):\(key.storageKey)"
        let lockTimeout = "\(configuration.lockTimeout.wholeMilliseconds)ms"
        return try await refreshLocks.withLock(key.storageKey) {
            try await inTransaction { connection in
                try await connection.execute(
                    "SELECT set_config('lock_timeout', \(lockTimeout), true)",
                    logger: logger
                )
                try await connection.takeTransactionLock(named: lockName, logger: logger)
                if let stored = try await loadCredential(key, on: connection), isUsable(stored) { return stored }
                logger.debug("Refreshing credential", metadata: ["key": "\(key.storageKey)"])
                let fresh = try await refresh()
                try await saveCredential(fresh, for: key, on: connection)
                return fresh
            }
        }
    }
}
