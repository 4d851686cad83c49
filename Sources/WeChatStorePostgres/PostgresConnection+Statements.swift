import Logging
import PostgresNIO

extension PostgresConnection {
    /// Runs a query on a connection the store holds across other work (a transaction around a refresh),
    /// failing at once if the connection has died meanwhile.
    ///
    /// postgres-nio 1.33 drops a query written to a closed channel without failing it, so the caller would
    /// wait forever; checking first turns a killed connection into ``PostgresStoreError/connectionLost``.
    func checkedQuery(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRowSequence {
        guard !isClosed else { throw PostgresStoreError.connectionLost }
        return try await self.query(query, logger: logger)
    }

    /// Runs a statement and waits for all of its result, so its errors (a lock timeout, a constraint) are
    /// thrown here rather than lost with a discarded row sequence.
    func execute(_ query: PostgresQuery, logger: Logger) async throws {
        _ = try await checkedQuery(query, logger: logger).collect()
    }

    /// Takes the transaction-level advisory lock named `name` (by its 64-bit hash), waiting while another
    /// transaction holds it. The lock ends with the transaction, or with the connection if it dies.
    func takeTransactionLock(named name: String, logger: Logger) async throws {
        try await execute("SELECT pg_advisory_xact_lock(hashtextextended(\(name), 0))", logger: logger)
    }

    /// Runs `body` between `BEGIN` and `COMMIT`, rolling back when it throws.
    ///
    /// Unlike `PostgresClient.withTransaction`, errors come out as thrown, not wrapped, so a caller's own
    /// refresh error (or ``PostgresStoreError``) reaches its caller unchanged. A failed rollback (the
    /// connection died) is logged; PostgreSQL rolls back a dead connection's transaction itself.
    func inTransaction<Result: Sendable>(
        logger: Logger,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await execute("BEGIN", logger: logger)
        do {
            let result = try await body(self)
            try await execute("COMMIT", logger: logger)
            return result
        } catch {
            do {
                try await execute("ROLLBACK", logger: logger)
            } catch let rollbackError {
                logger.debug("PostgreSQL rollback failed", metadata: ["error": "\(rollbackError)"])
            }
            throw error
        }
    }
}
