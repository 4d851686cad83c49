import PostgresNIO
public import WeChatBot
import WeChatStoreSupport

/// De-duplication rows are written with `synchronous_commit` off for their own transaction: the commit
/// returns once its WAL record is in PostgreSQL's shared buffers, without waiting for the disk. A killed bot
/// process loses nothing it was told is claimed or finished (the server has it), and a clean restart of
/// PostgreSQL keeps every row; a crash of PostgreSQL itself or of its machine may lose the last moments of
/// de-duplication rows (at most three times `wal_writer_delay`, 600 ms by default), so a retry of a message
/// from those moments could be handled twice (PERFORMANCE.md, "De-duplication stores by themselves": a crash
/// under load lost 34 of 57,767 rows). Credentials and sessions keep the server's full durability.
/// (https://www.postgresql.org/docs/current/wal-async-commit.html)
///
/// An `UNLOGGED` table was rejected: PostgreSQL empties it after any crash (every de-duplication row, not only
/// the last moments, would be gone) and does not replicate it, so after a fail-over every retry in WeChat's
/// window would be handled again.
extension PostgresStore: DeduplicationStore {
    /// Claims `key` for `ttl` unless a live row holds it, atomically across instances
    /// (`INSERT … ON CONFLICT DO UPDATE … WHERE expired … RETURNING`); an expired row counts as absent. Claims
    /// that arrive together share one statement (`ClaimBatcher`).
    ///
    /// Expiry uses the database server's clock, so instances with skewed clocks agree. Expired keys and
    /// sessions are swept here, at most once per ``Configuration/purgeInterval`` per instance.
    public func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim {
        try await readiness.wait()
        if purgeSchedule.claimDuePurge() { try await purgeExpired() }
        let request = ClaimBatcher.Request(key: key, ttlMilliseconds: Self.ttlMilliseconds(ttl))
        while true {
            if try await claimBatcher.claim(request, claimRows: { try await self.claimRows($0) }) {
                return .claimed
            }
            switch try await lookUp(key) {
            case .pending: return .pending
            case .resolved(let outcome?): return .finished(outcome)
            case .resolved(nil): continue
            }
        }
    }

    /// Inserts (or takes over the expired rows of) `batch`, whose keys are distinct, in one statement without
    /// waiting for the disk; returns the keys it claimed.
    private func claimRows(_ batch: [ClaimBatcher.Request]) async throws -> Set<String> {
        let rows = try await query(
            """
            INSERT INTO \(unescaped: tables.deduplication) AS row (key, outcome, expires_at)
            SELECT claim.key, NULL, clock_timestamp() + claim.ttl * interval '1 millisecond'
            FROM unnest(\(batch.map(\.key))::text[], \(batch.map(\.ttlMilliseconds))::bigint[]) AS claim (key, ttl),
                \(unescaped: Self.asynchronousCommit)
            ON CONFLICT (key) DO UPDATE SET outcome = NULL, expires_at = EXCLUDED.expires_at
            WHERE row.expires_at <= clock_timestamp()
            RETURNING row.key
            """
        )
        return Set(try rows.map { try $0.decode(String.self) })
    }

    /// Stores the outcome of `key` as JSON, kept for `ttl`; outcomes stored together share one statement
    /// (`OutcomeBatcher`) that does not wait for the disk.
    public func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws {
        try await readiness.wait()
        let request = OutcomeBatcher.Request(
            key: key, json: try outcome.jsonText(), ttlMilliseconds: Self.ttlMilliseconds(ttl))
        try await outcomeBatcher.write(request) { try await self.writeOutcomes($0) }
    }

    /// Upserts the outcomes of `batch`, whose keys are distinct, in one statement.
    private func writeOutcomes(_ batch: [OutcomeBatcher.Request]) async throws {
        try await execute(
            """
            INSERT INTO \(unescaped: tables.deduplication) (key, outcome, expires_at)
            SELECT written.key, written.json::jsonb, clock_timestamp() + written.ttl * interval '1 millisecond'
            FROM unnest(
                \(batch.map(\.key))::text[], \(batch.map(\.json))::text[], \(batch.map(\.ttlMilliseconds))::bigint[]
            ) AS written (key, json, ttl),
                \(unescaped: Self.asynchronousCommit)
            ON CONFLICT (key) DO UPDATE SET outcome = EXCLUDED.outcome, expires_at = EXCLUDED.expires_at
            """
        )
    }

    /// A one-row subquery that turns `synchronous_commit` off for the rest of the statement's own transaction
    /// (`set_config(…, is_local => true)`): joined into a de-duplication statement, it makes that one commit
    /// asynchronous in the same round trip, on a pooled connection whose other transactions stay synchronous.
    private static let asynchronousCommit = "(SELECT set_config('synchronous_commit', 'off', true)) AS commit_mode"

    /// Deletes `key`, so the next claim handles the message afresh.
    public func abandon(_ key: String) async throws {
        try await readiness.wait()
        try await execute("DELETE FROM \(unescaped: tables.deduplication) WHERE key = \(key)")
    }

    /// Looks at `key` every ``Configuration/pollInterval`` (without claiming it) until it is finished,
    /// abandoned or expired, or `timeout` passes.
    public func awaitOutcome(_ key: String, timeout: Duration) async throws -> DeduplicationOutcome? {
        try await readiness.wait()
        return try await KeyPoll.poll(every: configuration.pollInterval, timeout: timeout) {
            try await lookUp(key)
        }
    }

    /// The live row of `key`: pending, finished with its outcome, or gone (`nil`).
    private func lookUp(_ key: String) async throws -> KeyPoll<DeduplicationOutcome> {
        let rows = try await query(
            """
            SELECT outcome::text FROM \(unescaped: tables.deduplication)
            WHERE key = \(key) AND expires_at > clock_timestamp()
            """
        )
        var found: KeyPoll<DeduplicationOutcome> = .resolved(nil)
        for json in try rows.map({ try $0.decode(String?.self) }) {
            guard let json else {
                found = .pending
                continue
            }
            guard let outcome = DeduplicationOutcome(jsonText: json) else { throw PostgresStoreError.malformedOutcome }
            found = .resolved(outcome)
        }
        return found
    }

    /// Deletes expired de-duplication keys and sessions.
    private func purgeExpired() async throws {
        try await execute("DELETE FROM \(unescaped: tables.deduplication) WHERE expires_at <= clock_timestamp()")
        try await execute("DELETE FROM \(unescaped: tables.sessions) WHERE expires_at <= clock_timestamp()")
    }
}
