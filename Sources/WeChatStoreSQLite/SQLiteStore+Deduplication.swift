import SQLiteNIO
public import WeChatBot
import WeChatStoreSupport

extension SQLiteStore: DeduplicationStore {
    /// Claims `key` for `ttl` unless a live row holds it, atomically across every store on this file.
    ///
    /// An expired row counts as absent and is overwritten. Expired keys and sessions are swept here, at most
    /// once per ``Configuration/purgeInterval``.
    public func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim {
        let now = Self.nowMilliseconds()
        let expiresAt = now.addingSaturated(ttl.wholeMilliseconds)
        let purgeIsDue = purgeSchedule.claimDuePurge()
        return try await connection.immediateTransaction { connection in
            if purgeIsDue {
                let expired: [SQLiteData] = [.integer(SQLiteInt64(now))]
                try await connection.execute("DELETE FROM deduplication WHERE expires_at_ms <= ?", expired)
                try await connection.execute("DELETE FROM sessions WHERE expires_at_ms <= ?", expired)
            }
            let rows = try await connection.query(
                "SELECT outcome FROM deduplication WHERE key = ? AND expires_at_ms > ?",
                [.text(key), .integer(SQLiteInt64(now))]
            )
            if let row = rows.first {
                return try Self.claimState(from: row)
            }
            try await connection.execute(
                """
                INSERT INTO deduplication (key, outcome, expires_at_ms) VALUES (?, NULL, ?)
                ON CONFLICT (key) DO UPDATE SET outcome = NULL, expires_at_ms = excluded.expires_at_ms
                """,
                [.text(key), .integer(SQLiteInt64(expiresAt))]
            )
            return .claimed
        }
    }

    /// Stores the outcome of `key` as JSON, kept for `ttl`.
    public func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws {
        let expiresAt = Self.nowMilliseconds().addingSaturated(ttl.wholeMilliseconds)
        try await connection.execute(
            """
            INSERT INTO deduplication (key, outcome, expires_at_ms) VALUES (?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET outcome = excluded.outcome, expires_at_ms = excluded.expires_at_ms
            """,
            [.text(key), .text(try outcome.jsonText()), .integer(SQLiteInt64(expiresAt))]
        )
    }

    /// Deletes `key`, so the next claim handles the message afresh.
    public func abandon(_ key: String) async throws {
        try await connection.execute("DELETE FROM deduplication WHERE key = ?", [.text(key)])
    }

    /// Looks at `key` every ``Configuration/pollInterval`` (without claiming it) until it is finished,
    /// abandoned or expired, or `timeout` passes.
    public func awaitOutcome(_ key: String, timeout: Duration) async throws -> DeduplicationOutcome? {
        try await KeyPoll.poll(every: configuration.pollInterval, timeout: timeout) {
            let rows = try await connection.query(
                "SELECT outcome FROM deduplication WHERE key = ? AND expires_at_ms > ?",
                [.text(key), .integer(SQLiteInt64(Self.nowMilliseconds()))]
            )
            guard let row = rows.first else { return .resolved(nil) }
            switch try Self.claimState(from: row) {
            case .finished(let outcome): return .resolved(outcome)
            case .claimed, .pending: return .pending
            }
        }
    }

    /// `.pending` for a row without outcome, `.finished` with the decoded outcome otherwise.
    private static func claimState(from row: SQLiteRow) throws -> DeduplicationClaim {
        switch row.column("outcome") {
        case .null:
            return .pending
        case .text(let json):
            guard let outcome = DeduplicationOutcome(jsonText: json) else { throw SQLiteStoreError.malformedOutcome }
            return .finished(outcome)
        default:
            throw SQLiteStoreError.malformedRow(in: "deduplication")
        }
    }
}
