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
    @Option(name: .customLong("log-level"), help: "trace … critical.") var logLevel: String?
    @Option(name: .customLong("idle-timeout-ms"), help: "Close connections idle this long (ms).") var idleTimeout:
        String?
    @Option(name: .customLong("body-timeout-ms"), help: "A request body must arrive within this (ms).")
    var bodyTimeout: String?
    @Option(name: .customLong("page-rate-limit"), help: "Platform page loads per client per minute (0: off).")
    var pageRateLimit: String?
    @Option(name: .customLong("client-address-header"), help: "Header naming the client, behind a trusted proxy.")
    var clientAddressHeader: String?
    @Option(name: .customLong("health-path"), help: "Health check path.") var healthPath: String?
    @Option(name: .customLong("metrics-path"), help: "Prometheus metrics path.") var metricsPath: String?
    @Option(name: .customLong("admin-host"), help: "Address of the admin listener.") var adminHost: String?
    @Option(name: .customLong("admin-port"), help: "Serve health and metrics on this port only.") var adminPort: String?
    @Option(name: .customLong("previous-aes-key"), help: "Official Account EncodingAESKey before a rotation.")
    var previousAESKey: String?
    @Option(name: .customLong("component-previous-aes-key"), help: "Platform EncodingAESKey before a rotation.")
    var componentPreviousAESKey: String?
    @Option(name: .customLong("token-file"), help: "File holding the token.") var tokenFile: String?
    @Option(name: .customLong("aes-key-file"), help: "File holding the EncodingAESKey.") var aesKeyFile: String?
    @Option(name: .customLong("app-secret-file"), help: "File holding the AppSecret.") var appSecretFile: String?
    @Option(name: .customLong("component-secret-file"), help: "File holding the platform AppSecret.")
    var componentSecretFile: String?
    @Option(name: .customLong("component-token-file"), help: "File holding the platform token.")
    var componentTokenFile: String?
    @Option(name: .customLong("component-aes-key-file"), help: "File holding the platform EncodingAESKey.")
    var componentAESKeyFile: String?
    @Option(name: .customLong("previous-aes-key-file"), help: "File holding the previous EncodingAESKey.")
    var previousAESKeyFile: String?
    @Option(
        name: .customLong("component-previous-aes-key-file"),
        help: "File holding the platform's previous EncodingAESKey.")
    var componentPreviousAESKeyFile: String?

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
            "--max-body-bytes": maxBodyBytes, "--log-level": logLevel,
            "--idle-timeout-ms": idleTimeout, "--body-timeout-ms": bodyTimeout, "--page-rate-limit": pageRateLimit,
            "--client-address-header": clientAddressHeader, "--health-path": healthPath, "--metrics-path": metricsPath,
            "--admin-host": adminHost, "--admin-port": adminPort, "--previous-aes-key": previousAESKey,
            "--component-previous-aes-key": componentPreviousAESKey, "--token-file": tokenFile,
            "--aes-key-file": aesKeyFile, "--app-secret-file": appSecretFile,
            "--component-secret-file": componentSecretFile, "--component-token-file": componentTokenFile,
            "--component-aes-key-file": componentAESKeyFile, "--previous-aes-key-file": previousAESKeyFile,
            "--component-previous-aes-key-file": componentPreviousAESKeyFile,
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
