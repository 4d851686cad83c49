import AsyncHTTPClient
import Logging
import ServiceLifecycle
import WeChatAPI

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Runs one admin command against an account: opens the configured store (so tokens are shared with
/// `serve` and other instances), builds the account's API and closes everything afterwards.
enum AccountSession {
    /// The API of the account `options` name, for `body`.
    static func run<Result: Sendable>(
        _ options: AccountOptions, _ body: @Sendable (AccountAPI) async throws -> Result
    ) async throws -> Result {
        let settings = try options.settings(environment: ProcessInfo.processInfo.environment)
        let requested = try options.requestedAppID
        let wanted = settings.accounts?.first { requested == nil || $0.appID == requested }
        guard let appID = wanted?.appID, let secret = wanted?.secret, !appID.isEmpty, !secret.isEmpty else {
            throw WeChatBotCLIError.invalidSetting(
                "--app-id/--app-secret",
                "this command needs the account's appid and AppSecret (WECHAT_APP_ID and WECHAT_APP_SECRET, or accounts[] in --config)")
        }
        var logger = Logger(label: "wechat-bot") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        let stores = try await OpenStores.open(try StoreChoice(settings.store ?? "sqlite:wechat-bot.sqlite"), logger: logger)
        let client = WeChatAPIClient(
            httpClient: HTTPClient.shared,
            configuration: WeChatAPIClient.Configuration(baseURL: settings.apiBaseURL ?? "https://api.weixin.qq.com"),
            logger: logger)
        let credentials = AccountCredentials(
            configuration: .init(appID: appID, secret: secret), client: client, store: stores.credentials, logger: logger)
        let services = stores.services
        do {
            let result = try await withThrowingTaskGroup(of: Void.self) { group in
                for service in services { group.addTask { try await service.run() } }
                defer { group.cancelAll() }
                return try await body(credentials.api)
            }
            try await stores.close()
            return result
        } catch {
            try? await stores.close()
            throw error
        }
    }
}
