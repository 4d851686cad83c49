import SQLiteNIO
public import WeChatBot
import WeChatStoreSupport

extension SQLiteStore: SessionStore {
    /// The live value under `key`, or `nil` when absent or expired.
    public func load(_ key: String) async throws -> [UInt8]? {
        let rows = try await connection.query(
            "SELECT value FROM sessions WHERE key = ? AND expires_at_ms > ?",
            [.text(key), .integer(SQLiteInt64(Self.nowMilliseconds()))]
        )
        guard let row = rows.first else { return nil }
        guard case .blob(let buffer) = row.column("value") else { throw SQLiteStoreError.malformedRow(in: "sessions") }
        return Array(buffer.readableBytesView)
    }

    /// Stores `value` under `key` for `ttl` from now.
    public func save(_ key: String, value: [UInt8], ttl: Duration) async throws {
        let expiresAt = Self.nowMilliseconds().addingSaturated(ttl.wholeMilliseconds)
        try await connection.execute(
            """
            INSERT INTO sessions (key, value, expires_at_ms) VALUES (?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at_ms = excluded.expires_at_ms
            """,
            [.text(key), .blob(ByteBuffer(bytes: value)), .integer(SQLiteInt64(expiresAt))]
        )
    }

    /// Removes the value under `key`, if any.
    public func delete(_ key: String) async throws {
        try await connection.execute("DELETE FROM sessions WHERE key = ?", [.text(key)])
    }
}
