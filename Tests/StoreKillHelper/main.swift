// A child process for WeChatStoreSQLiteTests: it writes to a store and then waits to be killed with
// SIGKILL, so the tests can prove what survives a process that dies without closing anything.
//
// Usage: StoreKillHelper save|refresh <database path> <component appid>
//   save     saves `survivor` as the component access token, prints "saved", waits.
//   refresh  starts a refresh of that token whose closure prints "refreshing" and never returns.
import Foundation
import Logging
import WeChatAPI
import WeChatStoreSQLite

let arguments = CommandLine.arguments
guard arguments.count == 4, ["save", "refresh"].contains(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: StoreKillHelper save|refresh <database path> <component appid>\n".utf8))
    exit(2)
}

let store = try await SQLiteStore.open(.init(path: arguments[2]), logger: Logger(label: "StoreKillHelper"))
let key = CredentialKey.componentAccessToken(componentAppID: arguments[3])

if arguments[1] == "save" {
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
