import Foundation
import Logging
import WeChatStoreSQLite

/// A fresh directory under the system temp folder for one test's database files, removed by ``remove()``.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("wechat-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Opens a store on a new file, runs `body` with it and its path, then closes it and removes the file.
func withTemporaryStore(
    _ configure: (inout SQLiteStore.Configuration) -> Void = { _ in },
    _ body: (SQLiteStore, String) async throws -> Void
) async throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var configuration = SQLiteStore.Configuration(path: directory.path("store.sqlite"))
    configure(&configuration)
    let store = try await SQLiteStore.open(configuration, logger: Logger(label: "test"))
    do {
        try await body(store, configuration.path)
    } catch {
        try await store.close()
        throw error
    }
    try await store.close()
}

/// Opens another store on the file at `path` (another "instance").
func openStore(at path: String) async throws -> SQLiteStore {
    try await SQLiteStore.open(.init(path: path), logger: Logger(label: "test"))
}

/// Runs `body` with two stores on one new file (two "instances"), then closes both and removes the file.
func withTwoTemporaryStores(_ body: (SQLiteStore, SQLiteStore) async throws -> Void) async throws {
    try await withTemporaryStore { first, path in
        let second = try await openStore(at: path)
        do {
            try await body(first, second)
        } catch {
            try await second.close()
            throw error
        }
        try await second.close()
    }
}
