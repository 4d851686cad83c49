// A child process for the store tests: it writes to a store and then waits to be killed with SIGKILL, so the
// tests can prove what survives a process that dies without closing anything.
//
// Usage: StoreKillHelper save|refresh|claims <database path> <component appid>
//        StoreKillHelper postgres-claims <host> <port> <user> <database> <schema> <component appid>
//   save             saves `survivor` as the component access token, prints "saved", waits.
//   refresh          starts a refresh of that token whose closure prints "refreshing" and never returns.
//   claims           saves the token, then claims de-duplication keys from 8 tasks at once without end,
//                    printing "claimed <key>" as each claim returns and "ready" after the 500th.
//   postgres-claims  the same as claims, on a PostgreSQL store (the schema must exist, migrated).
import Foundation
import Logging
import PostgresNIO
import Synchronization
import WeChatAPI
import WeChatBot
import WeChatStorePostgres
import WeChatStoreSQLite

let arguments = CommandLine.arguments
let logger = Logger(label: "StoreKillHelper")
switch (arguments.count, arguments.dropFirst().first) {
case (4, "save"?), (4, "refresh"?), (4, "claims"?):
    let store = try await SQLiteStore.open(.init(path: arguments[2]), logger: logger)
    let key = CredentialKey.componentAccessToken(componentAppID: arguments[3])
    if arguments[1] == "claims" {
        try await ClaimLoad.run(on: store, componentAppID: arguments[3])
    } else if arguments[1] == "save" {
        try await store.save(ClaimLoad.survivor, for: key)
        FileHandle.standardOutput.write(Data("saved\n".utf8))
        try await Task.sleep(for: .seconds(3600))
    } else {
        _ = try await store.refresh(key, isUsable: { _ in false }) {
            FileHandle.standardOutput.write(Data("refreshing\n".utf8))
            try await Task.sleep(for: .seconds(3600))
            return StoredCredential(value: "never", expiresAt: nil, updatedAt: 0)
        }
    }
case (8, "postgres-claims"?):
    let postgres = PostgresClient.Configuration(
        host: arguments[2], port: Int(arguments[3]) ?? 5432, username: arguments[4], password: nil,
        database: arguments[5], tls: .disable)
    let store = try PostgresStore(postgres: postgres, configuration: .init(schema: arguments[6]), logger: logger)
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await store.run() }
        try await ClaimLoad.run(on: store, componentAppID: arguments[7])
    }
default:
    FileHandle.standardError.write(
        Data(
            """
            usage: StoreKillHelper save|refresh|claims <database path> <component appid>
                   StoreKillHelper postgres-claims <host> <port> <user> <database> <schema> <component appid>

            """.utf8))
    exit(2)
}

/// The claim modes' load: the credential saved, then 8 tasks claiming keys as fast as the store takes them.
enum ClaimLoad {
    /// The credential every mode saves.
    static let survivor = StoredCredential(value: "survivor", expiresAt: 4_102_444_800, updatedAt: 1)

    static func run(on store: some DeduplicationStore & CredentialStore, componentAppID: String) async throws {
        try await store.save(survivor, for: .componentAccessToken(componentAppID: componentAppID))
        let claimed = ClaimCount()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    for number in 0... {
                        let claimKey = "load-\(worker)-\(number)"
                        _ = try await store.claim(claimKey, ttl: .seconds(600))
                        let total = claimed.increment()
                        FileHandle.standardOutput.write(Data("claimed \(claimKey)\n".utf8))
                        if total == 500 { FileHandle.standardOutput.write(Data("ready\n".utf8)) }
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}

/// How many claims have returned, shared by the load's tasks.
final class ClaimCount: Sendable {
    private let count = Mutex(0)

    /// Counts one more claim; returns the new total.
    func increment() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}
