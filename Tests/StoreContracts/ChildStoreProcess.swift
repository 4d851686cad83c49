import Foundation
import Synchronization
import Testing

/// The `StoreKillHelper` executable run as a child process that writes to a store and is then killed with
/// SIGKILL, as a crash would. A helper left running by a failed test is killed when this object goes away.
///
/// `@unchecked Sendable`: `Process` is not marked `Sendable`; this type only starts it, signals it and waits
/// for it, which Foundation allows from any thread.
package final class ChildStoreProcess: @unchecked Sendable {
    private let process = Process()
    private let pipe = Pipe()
    private let printed = PrintedOutput()

    /// Starts the helper in `mode` on the SQLite file at `path` and waits until it prints `readyLine`.
    package convenience init(mode: String, path: String, componentAppID: String, readyLine: String) async throws {
        try await self.init(arguments: [mode, path, componentAppID], readyLine: readyLine)
    }

    /// Starts the helper with `arguments` (its usage is in Tests/StoreKillHelper/main.swift) and waits until it
    /// prints `readyLine`; its output keeps being collected (see ``output``) until it ends.
    package init(arguments: [String], readyLine: String) async throws {
        let helper = try #require(Self.helperURL(), "StoreKillHelper executable not found")
        process.executableURL = helper
        process.arguments = arguments
        process.standardOutput = pipe
        try process.run()
        let reader = pipe.fileHandleForReading
        let printed = printed
        DispatchQueue.global().async {
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                printed.withLock { $0.text += String(decoding: chunk, as: UTF8.self) }
            }
            printed.withLock { $0.ended = true }
        }
        while true {
            let (text, ended) = printed.withLock { ($0.text, $0.ended) }
            if text.contains(readyLine + "\n") { return }
            try #require(!ended, "helper exited before printing \(readyLine)")
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Everything the helper printed so far (all of it once ``kill()`` returned).
    package var output: String { printed.withLock { $0.text } }

    deinit {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Kills the helper with SIGKILL and waits until it is gone; returns its termination status.
    package func kill() async -> Int32 {
        Foundation.kill(process.processIdentifier, SIGKILL)
        let process = process
        let status = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }
        }
        while !printed.withLock({ $0.ended }) { try? await Task.sleep(for: .milliseconds(5)) }
        return status
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

/// What a child printed so far, and whether its output ended; written by a reader thread, read by the test.
final class PrintedOutput: Sendable {
    private let state = Mutex((text: "", ended: false))

    func withLock<Result>(_ body: (inout (text: String, ended: Bool)) -> Result) -> Result {
        state.withLock { body(&$0) }
    }
}
