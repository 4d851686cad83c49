import Foundation
import Testing

/// The `StoreKillHelper` executable run as a child process that writes to a store and is then killed with
/// SIGKILL, as a crash would. A helper left running by a failed test is killed when this object goes away.
///
/// `@unchecked Sendable`: `Process` is not marked `Sendable`; this type only starts it, signals it and waits
/// for it, which Foundation allows from any thread.
final class ChildStoreProcess: @unchecked Sendable {
    private let process = Process()
    private let output = Pipe()

    /// Starts the helper in `mode` on the database at `path` and waits until it prints `readyLine`.
    init(mode: String, path: String, componentAppID: String, readyLine: String) async throws {
        let helper = try #require(Self.helperURL(), "StoreKillHelper executable not found")
        process.executableURL = helper
        process.arguments = [mode, path, componentAppID]
        process.standardOutput = output
        try process.run()
        let reader = output.fileHandleForReading
        let printed = await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
            DispatchQueue.global().async {
                var text = ""
                while !text.contains(readyLine + "\n") {
                    let chunk = reader.availableData
                    if chunk.isEmpty { break }
                    text += String(decoding: chunk, as: UTF8.self)
                }
                continuation.resume(returning: text)
            }
        }
        try #require(printed.contains(readyLine + "\n"), "helper exited before printing \(readyLine)")
    }

    deinit {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Kills the helper with SIGKILL and waits until it is gone; returns its termination status.
    func kill() async -> Int32 {
        Foundation.kill(process.processIdentifier, SIGKILL)
        let process = process
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }
        }
    }

    /// `StoreKillHelper` next to the test binary, or in the package's default build folder.
    private static func helperURL() -> URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("StoreKillHelper"),
            packageRoot.appendingPathComponent(".build/debug/StoreKillHelper"),
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
