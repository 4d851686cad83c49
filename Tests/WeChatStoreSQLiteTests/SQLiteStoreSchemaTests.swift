import Foundation
import Logging
import SQLiteNIO
import Testing
import WeChatAPI
import WeChatStoreSQLite

@Suite("SQLite store: file and schema")
struct SQLiteStoreSchemaTests {
    @Test("a new file is in WAL mode with schema version 1")
    func newFile() async throws {
        try await withTemporaryStore { _, path in
            let connection = try await SQLiteConnection.open(storage: .file(path: path))
            let mode = try await connection.query("PRAGMA journal_mode").first?.column("journal_mode")?.string
            let version = try await connection.query("SELECT version FROM schema_version")
            try await connection.close()
            #expect(mode == "wal")
            #expect(version.map { $0.column("version")?.integer } == [1])
        }
    }

    @Test("opening a file written by a newer schema fails with schemaTooNew")
    func newerSchemaIsRefused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("future.sqlite")
        try await openStore(at: path).close()
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        _ = try await connection.query("UPDATE schema_version SET version = 99")
        try await connection.close()
        await #expect(throws: SQLiteStoreError.schemaTooNew(found: 99, supported: 1)) {
            try await openStore(at: path).close()
        }
        #expect("\(SQLiteStoreError.schemaTooNew(found: 99, supported: 1))".contains("99"))
    }

    @Test("two stores opening a new file at once create the schema once")
    func concurrentOpen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("race.sqlite")
        let stores = try await withThrowingTaskGroup(of: SQLiteStore.self) { group in
            for _ in 0..<4 { group.addTask { try await openStore(at: path) } }
            return try await group.reduce(into: [SQLiteStore]()) { $0.append($1) }
        }
        try await stores[0].save(
            StoredCredential(value: "v", expiresAt: nil, updatedAt: 0), for: .accessToken(appID: "wx"))
        #expect(try await stores[3].load(.accessToken(appID: "wx"))?.value == "v")
        for store in stores { try await store.close() }
    }

    @Test("a row the store did not write is reported without its value")
    func malformedRow() async throws {
        try await withTemporaryStore { store, path in
            let connection = try await SQLiteConnection.open(storage: .file(path: path))
            _ = try await connection.query(
                "INSERT INTO credentials (key, value, expires_at, updated_at) VALUES ('access_token:wx', 'secret', 'soon', 0)"
            )
            try await connection.close()
            let error = await #expect(throws: SQLiteStoreError.malformedRow(in: "credentials")) {
                try await store.load(.accessToken(appID: "wx"))
            }
            #expect(error.map { "\($0)".contains("secret") } == false)
        }
    }
}
