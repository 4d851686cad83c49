public import ArgumentParser
import Logging
import Metrics
import Prometheus

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `wechat-bot serve`: a bot server from a settings file, `WECHAT_…` variables and flags (flags win); with
/// no configuration at all, a local echo demo on 127.0.0.1:8080.
public struct ServeCommand: AsyncParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a bot server (no settings: a local demo).",
        discussion: "Every setting is a flag and a WECHAT_… environment variable:\n"
            + ServeSettings.variables.map { "  \($0.flag) / \($0.environment): \($0.meaning)" }.joined(separator: "\n")
    )

    /// Every setting as `--flag value` (or `--flag=value`), each declared once in ``ServeSettings/variables``.
    @Argument(parsing: .allUnrecognized, help: "Settings as --flag value pairs; the list follows.")
    var settingArguments: [String] = []

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// The settings: file, then environment, then flags.
    public func settings(environment: [String: String]) throws -> ServeSettings {
        try ServeSettings.layered(arguments: settingArguments, environment: environment)
    }

    /// Bootstraps logging and metrics, then serves until SIGTERM or SIGINT.
    public func run() async throws {
        let plan = try ServePlan(settings(environment: ProcessInfo.processInfo.environment))
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = plan.logLevel
            return handler
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        try await ServeRuntime.run(plan, logger: Logger(label: "wechat-bot"), registry: registry) { banner in
            print(banner)
            fflush(nil)
        }
    }
}
