import Foundation
public import Logging
import WeChatStoreSupport

/// The embedded default store: credentials, de-duplication keys and sessions in one SQLite file.
///
/// The file uses write-ahead logging. With the default ``Synchronous/normal`` every committed write survives
/// the process being killed (`kill -9`, a crash): only an operating-system crash or power loss may lose the
/// last moments of writes; ``Synchronous/full`` syncs every commit to disk, several times slower. Several processes may open the same file: credential refreshes are single-flight per key
/// within a store (callers queue in memory) and across stores and processes (a refresh lease row taken in a
/// `BEGIN IMMEDIATE` transaction). Call ``close()`` when done.
///
/// ```swift
/// let store = try await SQLiteStore.open(.init(path: "/var/lib/bot/wechat.sqlite"), logger: logger)
/// ```
public final class SQLiteStore: Sendable {
    /// Where the file lives and how the store waits.
    public struct Configuration: Sendable {
        /// Path of the database file; created with its schema when missing.
        public var path: String
        /// How long a statement waits for another connection's write lock before failing with SQLite's
        /// `SQLITE_BUSY`.
        public var busyTimeout: Duration
        /// How long a refresh lease protects a refresh in progress. A holder on this host whose process is
        /// gone loses its lease at once; one on another host (or a reused process id) only after this time.
        /// Keep it above the longest refresh (HTTP timeouts included).
        public var refreshLease: Duration
        /// How often a caller waiting for another store (a refresh in progress, a de-duplication outcome)
        /// looks again.
        public var pollInterval: Duration
        /// The least time between sweeps of expired de-duplication keys and sessions.
        public var purgeInterval: Duration
        /// How hard each commit is pushed to disk.
        public var synchronous: Synchronous

        /// A configuration for the file at `path` with the default timings.
        public init(
            path: String,
            busyTimeout: Duration = .seconds(5),
            refreshLease: Duration = .seconds(60),
            pollInterval: Duration = .milliseconds(20),
            purgeInterval: Duration = .seconds(60),
            synchronous: Synchronous = .normal
        ) {
            self.path = path
            self.busyTimeout = busyTimeout
            self.refreshLease = refreshLease
            self.pollInterval = pollInterval
            self.purgeInterval = purgeInterval
            self.synchronous = synchronous
        }
    }

    /// SQLite's `synchronous` setting in write-ahead-log mode (https://www.sqlite.org/pragma.html#pragma_synchronous).
    public enum Synchronous: String, Sendable {
        /// `NORMAL`: commits reach the operating system at once and the disk at checkpoints. A killed process
        /// loses nothing it committed; an OS crash or power loss may roll back the last commits.
        case normal = "NORMAL"
        /// `FULL`: every commit is synced to disk before it returns (an fsync per de-duplication claim).
        case full = "FULL"
    }

    let configuration: Configuration
    let connection: SerialSQLiteConnection
    let logger: Logger
    let refreshLocks = KeyedLocks<String>()
    let purgeSchedule: PurgeSchedule
    let leaseHolder: RefreshLeaseHolder
    let claimBatcher = ClaimBatcher()
    let outcomeBatcher = OutcomeBatcher()

    private init(configuration: Configuration, connection: SerialSQLiteConnection, logger: Logger) {
        self.configuration = configuration
        self.connection = connection
        self.logger = logger
        purgeSchedule = PurgeSchedule(interval: configuration.purgeInterval)
        leaseHolder = .current()
    }

    /// Opens the file (creating it owner-only, `0600`, and its schema if needed), switches it to WAL with the
    /// configured ``Configuration/synchronous`` and migrates an older schema. A file other users may read is made owner-only, with a warning.
    public static func open(_ configuration: Configuration, logger: Logger) async throws -> SQLiteStore {
        restrictFileModes(at: configuration.path, logger: logger)
        let connection = try await SerialSQLiteConnection.open(path: configuration.path, logger: logger)
        do {
            try await connection.execute("PRAGMA busy_timeout = \(configuration.busyTimeout.wholeMilliseconds)")
            try await connection.execute("PRAGMA journal_mode = WAL")
            try await connection.execute("PRAGMA synchronous = \(configuration.synchronous.rawValue)")
            try await migrateSchema(on: connection)
        } catch {
            try? await connection.close()
            throw error
        }
        return SQLiteStore(configuration: configuration, connection: connection, logger: logger)
    }

    /// Closes the file. The store must not be used afterwards.
    public func close() async throws {
        try await connection.close()
    }

    /// Wall-clock time in Unix milliseconds: expiry times are shared with other processes, so they cannot
    /// use a process-local clock.
    static func nowMilliseconds() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }
}
