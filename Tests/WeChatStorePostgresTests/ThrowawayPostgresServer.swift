import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A PostgreSQL server of this test's own (temporary data folder, free port on 127.0.0.1, trust auth) that
/// a test may stop and start again without disturbing the shared test server. Needs the server binaries
/// (`apt-get install postgresql`); as root it runs them as the `postgres` user, like `scripts/test`.
final class ThrowawayPostgresServer: @unchecked Sendable {
    let port: Int
    private let directory: URL
    private let binaries: URL

    /// The newest `/usr/lib/postgresql/*/bin` holding `initdb`, if any.
    static let binaries: URL? = {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.compactMap(Int.init).sorted().reversed()
            .map { root.appendingPathComponent("\($0)/bin") }
            .first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path) }
    }()

    /// Creates a data folder with `initdb` and starts the server.
    init() async throws {
        binaries = try #require(Self.binaries, "PostgreSQL server binaries not found")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("wechat-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if getuid() == 0 {
            try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: directory.path)
        }
        port = try Self.freePort()
        try await Self.run(binaries, "initdb", ["-D", dataPath, "-U", "wechat", "--auth=trust", "-E", "UTF8"])
        try await start()
    }

    private var dataPath: String { directory.appendingPathComponent("data").path }

    /// Client settings for this server.
    func configuration(applicationName: String) -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: "127.0.0.1", port: port, username: "wechat", password: nil, database: "postgres", tls: .disable
        )
        configuration.options.additionalStartupParameters = [("application_name", applicationName)]
        return configuration
    }

    /// Starts the server in the background and waits until it accepts connections.
    func start() async throws {
        let server = Self.process(
            binaries, "postgres",
            ["-D", dataPath, "-h", "127.0.0.1", "-p", "\(port)", "-k", directory.path, "-c", "fsync=off"]
        )
        try server.run()
        for _ in 0..<100 {
            if try await Self.exitStatus(of: binaries, "pg_isready", ["-h", "127.0.0.1", "-p", "\(port)", "-q"]) == 0 {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the throwaway PostgreSQL server did not start")
    }

    /// Stops the server (fast shutdown: open connections are closed) and waits until it is gone.
    func stop() async throws {
        let pidFile = URL(fileURLWithPath: dataPath).appendingPathComponent("postmaster.pid")
        guard let contents = try? String(contentsOf: pidFile, encoding: .utf8),
            let pid = contents.split(separator: "\n").first.flatMap({ pid_t($0) })
        else { return }
        kill(pid, SIGINT)
        for _ in 0..<100 where FileManager.default.fileExists(atPath: pidFile.path) {
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Stops the server if running and deletes its data.
    func remove() async {
        try? await stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a PostgreSQL tool to completion (as `postgres` when root), failing on a non-zero exit.
    private static func run(_ binaries: URL, _ tool: String, _ arguments: [String]) async throws {
        let status = try await exitStatus(of: binaries, tool, arguments)
        try #require(status == 0, "\(tool) \(arguments.joined(separator: " ")) exited with \(status)")
    }

    /// Runs a PostgreSQL tool to completion (as `postgres` when root) and returns its exit status.
    private static func exitStatus(of binaries: URL, _ tool: String, _ arguments: [String]) async throws -> Int32 {
        let process = Self.process(binaries, tool, arguments)
        let status = try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return status
    }

    /// A silent, not yet started process running a PostgreSQL tool, as the `postgres` user when we are root
    /// (PostgreSQL refuses to run as root).
    private static func process(_ binaries: URL, _ tool: String, _ arguments: [String]) -> Process {
        let process = Process()
        let executable = binaries.appendingPathComponent(tool).path
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "postgres", "--", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// A TCP port on 127.0.0.1 that was free a moment ago.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && getsockname(socket, address, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
