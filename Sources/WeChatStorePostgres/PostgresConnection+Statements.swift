import Logging
import PostgresNIO

extension PostgresConnection {
    /// Runs a statement and waits for all of its result, so its errors (a lock timeout, a constraint) are
    /// thrown here rather than lost with a discarded row sequence.
    func execute(_ query: PostgresQuery, logger: Logger) async throws {
        _ = try await self.query(query, logger: logger).collect()
    }

    /// Takes the transaction-level advisory lock named `name` (by its 64-bit hash), waiting while another
    /// transaction holds it. The lock ends with the transaction, or with the connection if it dies.
    func takeTransactionLock(named name: String, logger: Logger) async throws {
        try await execute("SELECT pg_advisory_xact_lock(hashtextextended(\(name), 0))", logger: logger)
    }
}
