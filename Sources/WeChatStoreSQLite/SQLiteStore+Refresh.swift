import Logging
import SQLiteNIO
public import WeChatAPI
import WeChatStoreSupport

extension SQLiteStore {
    /// What a look at a key's credential and refresh lease found.
    private enum LeaseAttempt: Sendable {
        /// The stored credential is usable; no refresh is needed.
        case usable(StoredCredential)
        /// Another live store holds the lease; wait and look again.
        case heldElsewhere
        /// This store now holds the lease and must refresh.
        case taken
    }

    /// Returns the stored credential if usable; otherwise refreshes it once across every store on this
    /// file.
    ///
    /// Callers in this store queue per key in memory. The one at the front takes a refresh lease row in a
    /// short `BEGIN IMMEDIATE` transaction (which re-reads the credential first), calls `refresh` with no
    /// database lock held, then saves the result and drops the lease in one transaction. Callers of other
    /// stores see the lease and poll until it is gone, then re-read. Holding no SQLite lock during the
    /// network call keeps other writers (de-duplication claims, sessions) flowing and lets `refresh` load,
    /// save or refresh other keys. A lease whose holder process died is taken over at once.
    public func refresh(
        _ key: CredentialKey,
        isUsable: @Sendable (StoredCredential) -> Bool,
        using refresh: @Sendable () async throws -> StoredCredential
    ) async throws -> StoredCredential {
        if let stored = try await load(key), isUsable(stored) { return stored }
        return try await refreshLocks.withLock(key.storageKey) {
            while true {
                switch try await takeRefreshLease(of: key, isUsable: isUsable) {
                case .usable(let stored):
                    return stored
                case .heldElsewhere:
                    try await Task.sleep(for: configuration.pollInterval)
                case .taken:
                    logger.debug("Refreshing credential", metadata: ["key": "\(key.storageKey)"])
                    let fresh: StoredCredential
                    do {
                        fresh = try await refresh()
                    } catch {
                        await releaseRefreshLease(of: key)
                        throw error
                    }
                    try await completeRefresh(of: key, with: fresh)
                    return fresh
                }
            }
        }
    }

    private func takeRefreshLease(
        of key: CredentialKey,
        isUsable: @Sendable (StoredCredential) -> Bool
    ) async throws -> LeaseAttempt {
        let holder = leaseHolder
        let leaseMilliseconds = configuration.refreshLease.wholeMilliseconds
        return try await connection.immediateTransaction { connection in
            let stored = try await connection.query(
                "SELECT value, expires_at, updated_at FROM credentials WHERE key = ?",
                [.text(key.storageKey)]
            )
            if let row = stored.first {
                let credential = try Self.credential(from: row)
                if isUsable(credential) { return .usable(credential) }
            }
            let now = Self.nowMilliseconds()
            let leases = try await connection.query(
                "SELECT owner, host, pid, expires_at_ms FROM refresh_leases WHERE key = ?",
                [.text(key.storageKey)]
            )
            if let lease = leases.first {
                guard case .text(let owner) = lease.column("owner"),
                    case .text(let host) = lease.column("host"),
                    case .integer(let pid) = lease.column("pid"),
                    case .integer(let expiresAt) = lease.column("expires_at_ms")
                else { throw SQLiteStoreError.malformedRow(in: "refresh_leases") }
                let current = RefreshLeaseHolder(owner: owner, host: host, pid: Int64(pid))
                if Int64(expiresAt) > now, holder.considersAlive(current) { return .heldElsewhere }
            }
            try await connection.execute(
                """
                INSERT INTO refresh_leases (key, owner, host, pid, expires_at_ms) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET
                    owner = excluded.owner, host = excluded.host, pid = excluded.pid,
                    expires_at_ms = excluded.expires_at_ms
                """,
                [
                    .text(key.storageKey), .text(holder.owner), .text(holder.host),
                    .integer(SQLiteInt64(holder.pid)), .integer(SQLiteInt64(now.addingSaturated(leaseMilliseconds))),
                ]
            )
            return .taken
        }
    }

    private func completeRefresh(of key: CredentialKey, with fresh: StoredCredential) async throws {
        let owner = leaseHolder.owner
        try await connection.immediateTransaction { connection in
            try await connection.execute(Self.upsertCredentialSQL, Self.credentialBinds(fresh, for: key))
            try await connection.execute(
                "DELETE FROM refresh_leases WHERE key = ? AND owner = ?",
                [.text(key.storageKey), .text(owner)]
            )
        }
    }

    /// Drops this store's lease after a failed refresh so the next caller refreshes at once; a lease that
    /// cannot be dropped runs out on its own.
    private func releaseRefreshLease(of key: CredentialKey) async {
        do {
            try await connection.execute(
                "DELETE FROM refresh_leases WHERE key = ? AND owner = ?",
                [.text(key.storageKey), .text(leaseHolder.owner)]
            )
        } catch {
            logger.warning(
                "Could not release a refresh lease; it expires on its own",
                metadata: ["key": "\(key.storageKey)", "error": "\(error)"]
            )
        }
    }
}
