import Logging
import NIOPosix
import SQLiteNIO
import WeChatStoreSupport

/// One SQLite connection that runs one statement or transaction at a time.
///
/// SQLite allows interleaved statements on one handle, but then an autocommit write commits only when the
/// last open statement ends, and a `BEGIN` would sweep unrelated statements into the transaction. The lock
/// keeps every statement sequence of the store whole.
///
/// The connection runs on a thread of its own: while SQLite waits out the busy timeout for another
/// connection's write lock it blocks that thread, and on a shared pool a few such waits would starve the
/// connection holding the lock of the thread it needs to finish.
final class SerialSQLiteConnection: Sendable {
    private let connection: SQLiteConnection
    private let threadPool: NIOThreadPool
    private let lock = AsyncLock()
    private let logger: Logger

    private init(connection: SQLiteConnection, threadPool: NIOThreadPool, logger: Logger) {
        self.connection = connection
        self.threadPool = threadPool
        self.logger = logger
    }

    /// Opens (creating if needed) the database file at `path`.
    static func open(path: String, logger: Logger) async throws -> SerialSQLiteConnection {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        do {
            let connection = try await SQLiteConnection.open(
                storage: .file(path: path),
                threadPool: threadPool,
                logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any()
            )
            return SerialSQLiteConnection(connection: connection, threadPool: threadPool, logger: logger)
        } catch {
            try? await threadPool.shutdownGracefully()
            throw error
        }
    }

    /// Runs one statement and returns its rows.
    func query(_ sql: String, _ binds: [SQLiteData] = []) async throws -> [SQLiteRow] {
        try await lock.withLock {
            try await connection.query(sql, binds)
        }
    }

    /// Runs one statement whose rows (if any) are not needed.
    func execute(_ sql: String, _ binds: [SQLiteData] = []) async throws {
        try await lock.withLock {
            try await connection.execute(sql, binds)
        }
    }

    /// Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT`: the write lock of the file is taken up front (waiting
    /// up to the busy timeout for other connections), so the reads in `body` cannot go stale before its
    /// writes. Any error rolls back.
    func immediateTransaction<Result: Sendable>(
        _ body: (SQLiteConnection) async throws -> Result
    ) async throws -> Result {
        try await lock.withLock {
            try await connection.execute("BEGIN IMMEDIATE")
            do {
                let result = try await body(connection)
                try await connection.execute("COMMIT")
                return result
            } catch {
                do {
                    try await connection.execute("ROLLBACK")
                } catch let rollbackError {
                    logger.warning("SQLite rollback failed", metadata: ["error": "\(rollbackError)"])
                }
                throw error
            }
        }
    }

    /// Closes the connection once the statements in flight are done, then stops its thread.
    func close() async throws {
        try await lock.withLock {
            try await connection.close()
        }
        try await threadPool.shutdownGracefully()
    }
}
