import PostgresNIO
public import WeChatBot

extension PostgresStore: SessionStore {
    /// The live value under `key`, or `nil` when absent or expired (by the server's clock).
    public func load(_ key: String) async throws -> [UInt8]? {
        try await readiness.wait()
        let rows = try await query(
            """
            SELECT value FROM \(unescaped: tables.sessions)
            WHERE key = \(key) AND expires_at > clock_timestamp()
            """
        )
        var value: [UInt8]?
        for buffer in try rows.map({ try $0.decode(ByteBuffer.self) }) {
            value = Array(buffer.readableBytesView)
        }
        return value
    }

    /// Stores `value` under `key` for `ttl` from now.
    public func save(_ key: String, value: [UInt8], ttl: Duration) async throws {
        try await readiness.wait()
        let milliseconds = Self.ttlMilliseconds(ttl)
        try await execute(
            """
            INSERT INTO \(unescaped: tables.sessions) (key, value, expires_at)
            VALUES (\(key), \(ByteBuffer(bytes: value)), clock_timestamp() + \(milliseconds) * interval '1 millisecond')
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
            """
        )
    }

    /// Removes the value under `key`, if any.
    public func delete(_ key: String) async throws {
        try await readiness.wait()
        try await execute("DELETE FROM \(unescaped: tables.sessions) WHERE key = \(key)")
    }
}
