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

    @Option(help: "JSON or YAML settings file.") var config: String?
    @Option(help: "Address to bind.") var host: String?
    @Option(help: "Port to listen on.") var port: String?
    @Option(help: "Official Account callback path.") var path: String?
    @Option(name: .customLong("platform-path"), help: "Third-party platform URL prefix.") var platformPath: String?
    @Option(name: .customLong("public-url"), help: "Public origin of the platform pages.") var publicURL: String?
    @Option(help: "plain, compatible, safe or safe-only.") var mode: String?
    @Option(help: "Official Account token.") var token: String?
    @Option(name: .customLong("aes-key"), help: "Official Account EncodingAESKey.") var aesKey: String?
    @Option(name: .customLong("app-id"), help: "Official Account appid.") var appID: String?
    @Option(name: .customLong("app-secret"), help: "Official Account AppSecret.") var appSecret: String?
    @Option(name: .customLong("component-app-id"), help: "Third-party platform appid.") var componentAppID: String?
    @Option(name: .customLong("component-secret"), help: "Third-party platform AppSecret.") var componentSecret: String?
    @Option(name: .customLong("component-token"), help: "Third-party platform token.") var componentToken: String?
    @Option(name: .customLong("component-aes-key"), help: "Third-party platform EncodingAESKey.") var componentAESKey:
        String?
    @Option(help: "memory, sqlite:PATH or postgres://URL.") var store: String?
    @Option(name: .customLong("api-base-url"), help: "WeChat API base URL.") var apiBaseURL: String?
    @Option(help: "Rules file (YAML or JSON).") var rules: String?
    @Option(name: .customLong("deadline-ms"), help: "Reply deadline in milliseconds.") var deadlineMilliseconds: String?
    @Option(name: .customLong("max-body-bytes"), help: "Largest request body.") var maxBodyBytes: String?
    @Option(
        name: .customLong("timestamp-window"),
        help: "Seconds a request's timestamp may be off this machine's clock (0 accepts any)."
    ) var timestampWindow: String?
    @Option(name: .customLong("log-level"), help: "trace … critical.") var logLevel: String?

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// The settings: file, then environment, then flags.
    public func settings(environment: [String: String]) throws -> ServeSettings {
        let flags = [
            "--host": host, "--port": port, "--path": path, "--platform-path": platformPath, "--public-url": publicURL,
            "--mode": mode,
            "--token": token, "--aes-key": aesKey, "--app-id": appID, "--app-secret": appSecret,
            "--component-app-id": componentAppID, "--component-secret": componentSecret,
            "--component-token": componentToken, "--component-aes-key": componentAESKey, "--store": store,
            "--api-base-url": apiBaseURL, "--rules": rules, "--deadline-ms": deadlineMilliseconds,
            "--max-body-bytes": maxBodyBytes, "--timestamp-window": timestampWindow, "--log-level": logLevel,
        ]
        .compactMapValues { $0 }
        let file = try (config ?? environment["WECHAT_CONFIG"]).map { path throws(WeChatBotCLIError) in
            try ServeSettings(contentsOf: path)
        }
        return (file ?? ServeSettings())
            .overlaid(with: try ServeSettings(environment: environment))
            .overlaid(with: try ServeSettings(flags: flags))
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
