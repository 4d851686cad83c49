// A child process for WeChatStoreSQLiteTests: it writes to a store and then waits to be killed with
// SIGKILL, so the tests can prove what survives a process that dies without closing anything.
//
// Usage: StoreKillHelper save|refresh|claims <database path> <component appid>
//   save     saves `survivor` as the component access token, prints "saved", waits.
//   refresh  starts a refresh of that token whose closure prints "refreshing" and never returns.
//   claims   saves the token, then claims de-duplication keys from 8 tasks at once without end, printing
//            "claimed <key>" as each claim returns and "ready" after the 500th.
import Foundation
import Logging
import Synchronization
import WeChatAPI
import WeChatStoreSQLite

let arguments = CommandLine.arguments
guard arguments.count == 4, ["save", "refresh", "claims"].contains(arguments[1]) else {
    FileHandle.standardError.write(
        Data("usage: StoreKillHelper save|refresh|claims <database path> <component appid>\n".utf8))
    exit(2)
}

let store = try await SQLiteStore.open(.init(path: arguments[2]), logger: Logger(label: "StoreKillHelper"))
let key = CredentialKey.componentAccessToken(componentAppID: arguments[3])

if arguments[1] == "claims" {
    try await store.save(StoredCredential(value: "survivor", expiresAt: 4_102_444_800, updatedAt: 1), for: key)
    try await ClaimLoad.run(on: store)
} else if arguments[1] == "save" {
    try await store.save(StoredCredential(value: "survivor", expiresAt: 4_102_444_800, updatedAt: 1), for: key)
    FileHandle.standardOutput.write(Data("saved\n".utf8))
    try await Task.sleep(for: .seconds(3600))
} else {
    _ = try await store.refresh(key, isUsable: { _ in false }) {
        FileHandle.standardOutput.write(Data("refreshing\n".utf8))
        try await Task.sleep(for: .seconds(3600))
        return StoredCredential(value: "never", expiresAt: nil, updatedAt: 0)
    }
}

/// The `claims` mode's load: 8 tasks claiming keys as fast as the store takes them.
enum ClaimLoad {
    static func run(on store: SQLiteStore) async throws {
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
