import SQLiteNIO

extension SQLiteConnection {
    /// Runs a statement whose rows (if any) are not needed, inside a transaction of
    /// ``SerialSQLiteConnection``.
    func execute(_ sql: String, _ binds: [SQLiteData] = []) async throws {
        _ = try await query(sql, binds)
    }
}
