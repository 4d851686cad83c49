import Foundation
import Testing

/// The built `PlatformBot` executable run as a child process on a free port, its log in a file.
final class PlatformBotProcess {
    let process = Process()
    let port: Int
    let logURL: URL

    /// Starts PlatformBot with `environment` (port 0) and waits for its "listening on port N" line.
    init(environment: [String: String], logURL: URL) throws {
        let executable = try #require(
            Self.executableURL(), "PlatformBot executable not found (build it: swift build --product PlatformBot)")
        process.executableURL = executable
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: logURL)
        self.logURL = logURL
        try process.run()
        var seen = ""
        var port: Int?
        while port == nil {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
            if let line = seen.split(separator: "\n").first(where: { $0.hasPrefix("PlatformBot listening on port ") }) {
                port = Int(line.dropFirst("PlatformBot listening on port ".count))
            }
        }
        self.port = try #require(port, "PlatformBot did not start: \(seen) \(Self.read(logURL))")
    }

    /// Kills the process with SIGKILL (no graceful shutdown, no flush) and reaps it.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Stops the process with SIGTERM (graceful) and reaps it.
    func terminate() {
        process.terminate()
        process.waitUntilExit()
    }

    static func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// `PlatformBot` next to the test binary, or in the package's default build folder.
    private static func executableURL() -> URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("PlatformBot"),
            packageRoot.appendingPathComponent(".build/debug/PlatformBot"),
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
