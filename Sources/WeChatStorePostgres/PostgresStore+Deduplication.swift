import PostgresNIO
public import WeChatBot
import WeChatStoreSupport

extension PostgresStore: DeduplicationStore {
    /// Claims `key` for `ttl` unless a live row holds it, atomically across instances
    /// (`INSERT … ON CONFLICT DO UPDATE … WHERE expired`); an expired row counts as absent.
    ///
    /// Expiry uses the database server's clock, so instances with skewed clocks agree. Expired keys and
    /// sessions are swept here, at most once per ``Configuration/purgeInterval`` per instance.
    public func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim {
        try await readiness.wait()
        if purgeSchedule.claimDuePurge() { try await purgeExpired() }
        let milliseconds = Self.ttlMilliseconds(ttl)
        while true {
            let inserted = try await query(
                """
                INSERT INTO \(unescaped: tables.deduplication) AS row (key, outcome, expires_at)
                VALUES (\(key), NULL, clock_timestamp() + \(milliseconds) * interval '1 millisecond')
                ON CONFLICT (key) DO UPDATE SET outcome = NULL, expires_at = EXCLUDED.expires_at
                WHERE row.expires_at <= clock_timestamp()
                RETURNING true
                """
            )
            if !inserted.isEmpty { return .claimed }
            switch try await lookUp(key) {
            case .pending: return .pending
            case .resolved(let outcome?): return .finished(outcome)
            case .resolved(nil): continue
            }
        }
    }

    /// Stores the outcome of `key` as JSON, kept for `ttl`.
    public func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws {
        try await readiness.wait()
        let json = try outcome.jsonText()
        let milliseconds = Self.ttlMilliseconds(ttl)
        try await execute(
            """
            INSERT INTO \(unescaped: tables.deduplication) (key, outcome, expires_at)
            VALUES (\(key), \(json)::jsonb, clock_timestamp() + \(milliseconds) * interval '1 millisecond')
            ON CONFLICT (key) DO UPDATE SET outcome = EXCLUDED.outcome, expires_at = EXCLUDED.expires_at
            """
        )
    }

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
