public import Logging
import PostgresNIO
public import ServiceLifecycle
public import WeChatAPI
public import WeChatBot
import WeChatStorePostgres
import WeChatStoreSQLite

/// The stores `serve` opened for its ``StoreChoice``: where credentials, de-duplication keys and sessions
/// live, the services that keep them running, and how to close them.
public struct OpenStores: Sendable {
    /// Tokens, tickets and refresh tokens.
    public let credentials: any CredentialStore
    /// De-duplication keys; `nil` means the bot's in-memory default.
    public let deduplication: (any DeduplicationStore)?
    /// Sessions; `nil` means the bot's in-memory default.
    public let sessions: (any SessionStore)?
    /// Services to run alongside the server (a PostgreSQL connection pool).
    public let services: [any Service]
    private let closeStore: @Sendable () async throws -> Void

    /// Opens the chosen store (creating an SQLite file and its schema if needed).
    public static func open(_ choice: StoreChoice, logger: Logger) async throws -> OpenStores {
        switch choice {
        case .memory:
            return OpenStores(
                credentials: InMemoryCredentialStore(),
                deduplication: nil,
                sessions: nil,
                services: [],
                closeStore: {}
            )
        case .sqlite(let path):
            let store = try await SQLiteStore.open(SQLiteStore.Configuration(path: path), logger: logger)
            return OpenStores(
                credentials: store,
                deduplication: store,
                sessions: store,
                services: [],
                closeStore: { try await store.close() }
            )
        case .postgres(let url):
            let store = try PostgresStore(
                postgres: PostgresClient.Configuration(
                    host: url.host,
                    port: url.port,
                    username: url.username,
                    password: url.password,
                    database: url.database,
                    tls: .disable
                ),
                logger: logger
            )
            return OpenStores(
                credentials: store,
                deduplication: store,
                sessions: store,
                services: [store],
                closeStore: {}
            )
        }
    }

    /// Closes the store (the SQLite file); services stop with their service group.
    public func close() async throws {
        try await closeStore()
    }
}
