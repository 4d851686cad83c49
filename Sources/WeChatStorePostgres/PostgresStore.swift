public import Logging
public import PostgresNIO
public import ServiceLifecycle
import WeChatStoreSupport

/// The shared store for many instances: credentials, de-duplication keys and sessions in PostgreSQL.
///
/// The store owns a `PostgresClient` (its own connection pool). It is a `Service`: run it (in a
/// `ServiceGroup`, or a task of your own) for as long as it is used; ``run()`` drives the pool and creates
/// or migrates the tables first. Operations issued before the tables are ready wait for them.
///
/// A credential is refreshed once across all instances: the refreshing instance holds a transaction-level
/// advisory lock on the key (released by PostgreSQL if its connection dies), re-reads, refreshes, upserts
/// and commits; the others wait on the lock and then read the new value. All values are bound
/// parameters; only the validated schema name is spliced into SQL.
public final class PostgresStore: Service {
    /// Which schema the tables live in and how the store waits and sweeps.
    public struct Configuration: Sendable {
        /// The schema holding the tables, created when missing; a plain identifier.
        public var schema: String
        /// The longest a refresh waits for another instance's refresh of the same key before failing.
        public var lockTimeout: Duration
        /// How often ``PostgresStore/awaitOutcome(_:timeout:)`` looks at a pending de-duplication key.
        public var pollInterval: Duration
        /// The least time between sweeps of expired de-duplication keys and sessions.
        public var purgeInterval: Duration

        /// A configuration with the given schema (default `public`) and timings.
        public init(
            schema: String = "public",
            lockTimeout: Duration = .seconds(30),
            pollInterval: Duration = .milliseconds(50),
            purgeInterval: Duration = .seconds(60)
        ) {
            self.schema = schema
            self.lockTimeout = lockTimeout
            self.pollInterval = pollInterval
            self.purgeInterval = purgeInterval
        }
    }

    let configuration: Configuration
    let client: PostgresClient
    let logger: Logger
    let tables: PostgresTables
    let readiness = SchemaReadiness()
    let refreshLocks = KeyedLocks<String>()
    let purgeSchedule: PurgeSchedule
    let claimBatcher = ClaimBatcher()
    let outcomeBatcher = OutcomeBatcher()

    /// A store that will connect with `postgres` once ``run()`` runs.
    ///
    /// Throws ``PostgresStoreError/invalidSchemaName(_:)`` for a schema name that is not a plain identifier.
    public init(
        postgres: PostgresClient.Configuration,
        configuration: Configuration = Configuration(),
        logger: Logger
    ) throws {
        self.configuration = configuration
        tables = try PostgresTables(schema: configuration.schema)
        client = PostgresClient(configuration: postgres, backgroundLogger: logger)
        self.logger = logger
        purgeSchedule = PurgeSchedule(interval: configuration.purgeInterval)
    }

    /// Drives the connection pool, creates or migrates the tables, then serves until cancelled or until
    /// graceful shutdown; operations fail with ``PostgresStoreError/notRunning`` afterwards.
    public func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.client.run() }
            do {
                try await migrateSchema()
                readiness.markReady()
                logger.debug("PostgreSQL store ready", metadata: ["schema": "\(configuration.schema)"])
            } catch {
                readiness.markFailed(error)
                group.cancelAll()
                throw error
            }
            try await group.waitForAll()
        }
        readiness.markFailed(PostgresStoreError.notRunning)
    }

    /// Runs a statement on a pooled connection and collects its rows.
    ///
    /// The leased connection is checked first (``PostgresConnection/checkedQuery(_:logger:)``): right after a
    /// server restart the pool may lease a connection the server has closed, and postgres-nio 1.33 would drop
    /// the query and never answer, stalling the caller (a bot's message, a late reply) for good.
    func query(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await client.withConnection { connection in
            try await connection.checkedQuery(query, logger: logger).collect()
        }
    }

    /// Runs a statement on a pooled connection and waits for all of its result.
    func execute(_ query: PostgresQuery) async throws {
        _ = try await self.query(query)
    }

    /// Runs `body` in a transaction on a pooled connection; errors come out unwrapped.
    func inTransaction<Result: Sendable>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await client.withConnection { connection in
            try await connection.inTransaction(logger: logger, body)
        }
    }

    /// A time to live in whole milliseconds, clamped to 0 … 100 years so that PostgreSQL intervals never
    /// overflow.
    static func ttlMilliseconds(_ ttl: Duration) -> Int64 {
        min(max(ttl.wholeMilliseconds, 0), 100 * 366 * 24 * 3600 * 1000)
    }
}
