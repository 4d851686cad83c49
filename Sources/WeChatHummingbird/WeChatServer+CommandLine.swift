import Hummingbird
public import Logging
public import WeChatBot
import WeChatCallback

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

extension WeChatServer.Configuration {
    /// A one-account configuration for small bot executables, from `--port`, `--host`, `--path`, `--token`,
    /// `--aes-key` and `--app-id` flags, falling back to `WECHAT_PORT`, `WECHAT_HOST`, `WECHAT_PATH`,
    /// `WECHAT_TOKEN`, `WECHAT_AES_KEY` and `WECHAT_APP_ID`. Throws when the token or key is malformed or
    /// either of token and appid is missing (the message names the setting, never its value).
    public init(arguments: [String], environment: [String: String]) throws {
        func value(_ flag: String, _ variable: String) -> String? {
            if let index = arguments.firstIndex(of: "--" + flag), arguments.indices.contains(index + 1) {
                return arguments[index + 1]
            }
            return environment[variable]
        }
        guard let token = value("token", "WECHAT_TOKEN"), let appID = value("app-id", "WECHAT_APP_ID") else {
            throw WeChatHummingbirdError.missingSetting("--token and --app-id (or WECHAT_TOKEN and WECHAT_APP_ID)")
        }
        self.init(
            host: value("host", "WECHAT_HOST") ?? "127.0.0.1",
            port: value("port", "WECHAT_PORT").flatMap { Int($0) } ?? 8080,
            accounts: [try WeChatAccount(token: token, aesKey: value("aes-key", "WECHAT_AES_KEY"), appID: appID)],
            accountPath: value("path", "WECHAT_PATH") ?? "/wechat"
        )
    }

    /// ``init(arguments:environment:)`` with this process's arguments and environment.
    public static func fromCommandLine() throws -> WeChatServer.Configuration {
        try WeChatServer.Configuration(
            arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
    }
}

extension WeChatServer {
    /// Builds the application for `bot` and serves until SIGTERM or SIGINT, then shuts down gracefully.
    public static func run(bot: Bot, configuration: Configuration, logger: Logger) async throws {
        try await application(bot: bot, configuration: configuration, logger: logger) { port in
            logger.info("serving", metadata: ["port": "\(port)", "paths": "\(configuration.accountPaths)"])
        }
        .runService()
    }

    /// ``run(bot:configuration:logger:)`` with ``Configuration/fromCommandLine()``; logs the error and
    /// exits with status 1 when the settings are wrong or the server cannot start.
    public static func runFromCommandLine(bot: Bot, logger: Logger) async {
        do {
            try await run(bot: bot, configuration: .fromCommandLine(), logger: logger)
        } catch {
            logger.critical("cannot serve", metadata: ["error": "\(error)"])
            exit(1)
        }
    }
}
