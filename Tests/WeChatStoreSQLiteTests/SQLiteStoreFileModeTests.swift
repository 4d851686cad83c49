import Foundation
import Logging
import Testing
import WeChatAPI
import WeChatStoreSQLite

/// The review's probe: with the usual umask (022) the file and its `-wal`/`-shm` came out `-rw-r--r--`,
/// readable by every local user although they hold tokens in clear.
@Suite("SQLite store: file modes")
struct SQLiteStoreFileModeTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test("a new file, and the -wal and -shm a write creates, are owner-only (0600)")
    func newFileIsOwnerOnly() async throws {
        try await withTemporaryStore { store, path in
            #expect(try Self.mode(path) == 0o600)
            try await store.save(
                StoredCredential(value: "secret-token", expiresAt: nil, updatedAt: 1_700_000_000),
                for: .componentVerifyTicket(componentAppID: "wxmodes"))
            for file in [path, path + "-wal", path + "-shm"] {
                #expect(FileManager.default.fileExists(atPath: file), "\(file)")
                #expect(try Self.mode(file) == 0o600, "\(file)")
            }
        }
    }

    @Test("an existing world-readable file and its -wal are tightened to 0600 when opened")
    func existingFileIsTightened() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("old.sqlite")
        try await openStore(at: path).close()
        _ = FileManager.default.createFile(atPath: path + "-wal", contents: nil)
        for file in [path, path + "-wal"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        }
        let store = try await openStore(at: path)
        let modes = (try Self.mode(path), try Self.mode(path + "-wal"))
        try await store.close()
        #expect(modes.0 == 0o600)
        #expect(modes.1 == 0o600)
    }
}
