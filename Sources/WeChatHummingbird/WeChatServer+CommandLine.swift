import Hummingbird
public import Logging
import WeChatAPI
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
    ///
    /// With the account's AppSecret (`WECHAT_APP_SECRET`, or `--app-secret`, which `ps` shows) handlers get
    /// its API as `context.api` and late replies go out as customer-service messages; `WECHAT_API_BASE_URL`
    /// (or `--api-base-url`) points the API at a fake. Tokens and uploaded media ids are kept in memory.
    public static func runFromCommandLine(bot: Bot, logger: Logger) async {
        do {
            let configuration = try Configuration.fromCommandLine()
            let arguments = CommandLine.arguments
            let environment = ProcessInfo.processInfo.environment
            func value(_ flag: String, _ variable: String) -> String? {
                if let index = arguments.firstIndex(of: "--" + flag), arguments.indices.contains(index + 1) {
                    return arguments[index + 1]
                }
                return environment[variable]
            }
            guard let secret = value("app-secret", "WECHAT_APP_SECRET"), let account = configuration.accounts.first else {
                try await run(bot: bot, configuration: configuration, logger: logger)
                return
            }
            let client = WeChatAPIClient.shared(
                configuration: .init(baseURL: value("api-base-url", "WECHAT_API_BASE_URL") ?? "https://api.weixin.qq.com"),
                logger: logger)
            let credentials = AccountCredentials(
                configuration: .init(appID: account.appID, secret: secret), client: client,
                store: InMemoryCredentialStore(), logger: logger)
            let directory = WeChatAccountDirectory(accounts: [credentials])
            let connected = bot.reconfigured {
                $0.accountAPI = directory
                $0.customerService = directory
            }
            try await application(bot: connected, configuration: configuration, services: [credentials], logger: logger) {
                port in
                logger.info("serving", metadata: ["port": "\(port)", "paths": "\(configuration.accountPaths)"])
            }
            .runService()
        } catch {
            logger.critical("cannot serve", metadata: ["error": "\(error)"])
            exit(1)
        }
    }
}
