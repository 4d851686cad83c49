import SQLiteNIO
public import WeChatBot
import WeChatStoreSupport

extension SQLiteStore: DeduplicationStore {
    /// Claims `key` for `ttl` unless a live row holds it, atomically across every store on this file: one
    /// upsert statement (no explicit transaction, so one commit) for a new key, shared by the claims that
    /// arrive together (`ClaimBatcher`).
    ///
    /// An expired row counts as absent and is overwritten. Expired keys and sessions are swept here, at most
    /// once per ``Configuration/purgeInterval``.
    public func claim(_ key: String, ttl: Duration) async throws -> DeduplicationClaim {
        if purgeSchedule.claimDuePurge() {
            try await connection.immediateTransaction { connection in
                let expired: [SQLiteData] = [.integer(SQLiteInt64(Self.nowMilliseconds()))]
                try await connection.execute("DELETE FROM deduplication WHERE expires_at_ms <= ?", expired)
                try await connection.execute("DELETE FROM sessions WHERE expires_at_ms <= ?", expired)
            }
        }
        // One atomic statement claims new or expired keys (their rows come back), for every claim that
        // arrived together; a live row is left alone and read next. A row abandoned between the two is
        // claimed on the next pass.
        let connection = connection
        let request = ClaimBatcher.Request(key: key, ttlMilliseconds: ttl.wholeMilliseconds)
        for _ in 0..<3 {
            if try await claimBatcher.claim(request, claimRows: { try await Self.claimRows($0, on: connection) }) {
                return .claimed
            }
            let live = try await connection.query(
                "SELECT outcome FROM deduplication WHERE key = ? AND expires_at_ms > ?",
                [.text(key), .integer(SQLiteInt64(Self.nowMilliseconds()))]
            )
            if let row = live.first { return try Self.claimState(from: row) }
        }
        throw SQLiteStoreError.malformedRow(in: "deduplication")
    }

    /// Inserts (or takes over the expired rows of) `batch`, whose keys are distinct, in one statement; returns
    /// the keys it claimed.
    private static func claimRows(_ batch: [ClaimBatcher.Request], on connection: SerialSQLiteConnection)
        async throws -> Set<String>
    {
        let now = nowMilliseconds()
        var binds: [SQLiteData] = []
        binds.reserveCapacity(batch.count * 2 + 1)
        for request in batch {
            binds.append(.text(request.key))
            binds.append(.integer(SQLiteInt64(now.addingSaturated(request.ttlMilliseconds))))
        }
        binds.append(.integer(SQLiteInt64(now)))
        let rows = try await connection.query(
            """
            INSERT INTO deduplication (key, outcome, expires_at_ms) VALUES \(
                Array(repeating: "(?, NULL, ?)", count: batch.count).joined(separator: ", "))
            ON CONFLICT (key) DO UPDATE SET outcome = NULL, expires_at_ms = excluded.expires_at_ms
            WHERE deduplication.expires_at_ms <= ?
            RETURNING key
            """,
            binds
        )
        return Set(rows.compactMap { $0.column("key")?.string })
    }

    /// Stores the outcome of `key` as JSON, kept for `ttl`; outcomes stored together share one statement
    /// (`OutcomeBatcher`).
    public func finish(_ key: String, outcome: DeduplicationOutcome, ttl: Duration) async throws {
        let request = OutcomeBatcher.Request(
            key: key, json: try outcome.jsonText(), ttlMilliseconds: ttl.wholeMilliseconds)
        let connection = connection
        try await outcomeBatcher.write(request) { try await Self.writeOutcomes($0, on: connection) }
    }

    /// Upserts the outcomes of `batch`, whose keys are distinct, in one statement.
    private static func writeOutcomes(_ batch: [OutcomeBatcher.Request], on connection: SerialSQLiteConnection)
        async throws
    {
        let now = nowMilliseconds()
        var binds: [SQLiteData] = []
        binds.reserveCapacity(batch.count * 3)
        for request in batch {
            binds.append(.text(request.key))
            binds.append(.text(request.json))
            binds.append(.integer(SQLiteInt64(now.addingSaturated(request.ttlMilliseconds))))
        }
        try await connection.execute(
            """
            INSERT INTO deduplication (key, outcome, expires_at_ms) VALUES \(
                Array(repeating: "(?, ?, ?)", count: batch.count).joined(separator: ", "))
            ON CONFLICT (key) DO UPDATE SET outcome = excluded.outcome, expires_at_ms = excluded.expires_at_ms
            """,
            binds
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
