import Logging
import PostgresNIO

extension PostgresStore {
    /// The schema, one list of statements per version (`\(tables)` placeholders resolved per store);
    /// version `n` is `migrations(tables)[n - 1]`. Append new versions, never edit shipped ones.
    static func migrations(_ tables: PostgresTables) -> [[String]] {
        [
            [
                """
                CREATE TABLE IF NOT EXISTS \(tables.credentials) (
                    key text PRIMARY KEY,
                    value text NOT NULL,
                    expires_at bigint,
                    updated_at bigint NOT NULL
                )
                """,
                """
                CREATE TABLE IF NOT EXISTS \(tables.deduplication) (
                    key text PRIMARY KEY,
                    outcome jsonb,
                    expires_at timestamptz NOT NULL
                )
                """,
                """
                CREATE INDEX IF NOT EXISTS wechat_deduplication_expiry ON \(tables.deduplication) (expires_at)
                """,
                """
                CREATE TABLE IF NOT EXISTS \(tables.sessions) (
                    key text PRIMARY KEY,
                    value bytea NOT NULL,
                    expires_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX IF NOT EXISTS wechat_sessions_expiry ON \(tables.sessions) (expires_at)",
            ]
        ]
    }

    /// Creates the schema and tables or migrates them, in one transaction serialised across instances by
    /// an advisory lock, so instances starting together on an empty database do not collide.
    func migrateSchema() async throws {
        let migrations = Self.migrations(tables)
        let supported = migrations.count
        try await inTransaction { connection in
            let lockName = "wechatbotkit-schema:\(configuration.schema)"
            try await connection.takeTransactionLock(named: lockName, logger: logger)
            try await connection.execute("CREATE SCHEMA IF NOT EXISTS \(unescaped: tables.schema)", logger: logger)
            try await connection.execute(
                "CREATE TABLE IF NOT EXISTS \(unescaped: tables.schemaVersion) (version integer NOT NULL)",
                logger: logger
            )
            let rows = try await connection.checkedQuery(
                "SELECT coalesce(max(version), 0) FROM \(unescaped: tables.schemaVersion)",
                logger: logger
            )
            var found = 0
            for try await version in rows.decode(Int.self) { found = version }
            guard found <= supported else {
                throw PostgresStoreError.schemaTooNew(found: found, supported: supported)
            }
            guard found < supported else { return }
            for statement in migrations[found...].joined() {
                try await connection.execute(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.execute("DELETE FROM \(unescaped: tables.schemaVersion)", logger: logger)
            try await connection.execute(
                "INSERT INTO \(unescaped: tables.schemaVersion) (version) VALUES (\(supported))",
                logger: logger
            )
        }
    }
}
