import SQLiteNIO

extension SQLiteStore {
    /// The schema, one list of statements per version; version `n` is `migrations[n - 1]`.
    /// Append new versions, never edit shipped ones.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE credentials (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL,
                expires_at INTEGER,
                updated_at INTEGER NOT NULL
            )
            """,
            """
            CREATE TABLE refresh_leases (
                key TEXT PRIMARY KEY NOT NULL,
                owner TEXT NOT NULL,
                host TEXT NOT NULL,
                pid INTEGER NOT NULL,
                expires_at_ms INTEGER NOT NULL
            )
            """,
            """
            CREATE TABLE deduplication (
                key TEXT PRIMARY KEY NOT NULL,
                outcome TEXT,
                expires_at_ms INTEGER NOT NULL
            )
            """,
            "CREATE INDEX deduplication_expiry ON deduplication (expires_at_ms)",
            """
            CREATE TABLE sessions (
                key TEXT PRIMARY KEY NOT NULL,
                value BLOB NOT NULL,
                expires_at_ms INTEGER NOT NULL
            )
            """,
            "CREATE INDEX sessions_expiry ON sessions (expires_at_ms)",
        ]
    ]

    /// The schema version this code writes.
    static var schemaVersion: Int { migrations.count }

    /// Brings the file's schema to ``schemaVersion`` in one transaction, so two processes opening a new
    /// file at once create it once.
    static func migrateSchema(on connection: SerialSQLiteConnection) async throws {
        try await connection.immediateTransaction { connection in
            try await connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            let rows = try await connection.query("SELECT max(version) AS version FROM schema_version")
            let found = Int(rows.first?.column("version")?.integer ?? 0)
            guard found <= schemaVersion else {
                throw SQLiteStoreError.schemaTooNew(found: found, supported: schemaVersion)
            }
            guard found < schemaVersion else { return }
            for statement in migrations[found...].joined() {
                try await connection.execute(statement)
            }
            try await connection.execute("DELETE FROM schema_version")
            try await connection.execute("INSERT INTO schema_version (version) VALUES (?)", [.integer(schemaVersion)])
        }
    }
}
