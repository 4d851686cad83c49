import AsyncHTTPClient
import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import WeChatAPI
import WeChatAPITesting
import WeChatBot
import WeChatHummingbird
import WeChatStorePostgres

/// The third-party platform under test, assembled from the public API as PlatformBot does: credentials,
/// de-duplication and sessions in one ``PostgresStore``, the API client pointed at the fake, the platform
/// URLs served by ``WeChatServer``, and a short reply deadline so late replies happen quickly.
struct FaultPlatform: Sendable {
    /// A normal authorizer account and its original id.
    static let authorizer = (appID: "wxfaultauthorizer1", originalID: "gh_faultrun000001")
    /// The release-test Official Account of group 1 (WeChatBot: “The release test (全网发布)”).
    static let testAccount = ReleaseTestAccount.group(1, .officialAccount)!.identity

    let store: PostgresStore
    let platform: PlatformCredentials
    let bot: Bot
    let application: any Service

    init(
        settings: FaultRunSettings, fake: FakeWeChatAPI, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void
    ) throws {
        store = try PostgresStore(
            postgres: try Self.postgresConfiguration(settings.postgresURL),
            configuration: .init(schema: "faultrun_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()),
            logger: logger
        )
        let client = WeChatAPIClient(
            httpClient: .shared, configuration: .init(baseURL: fake.baseURL), logger: logger)
        let component = PlatformCredentials.Component(
            appID: fake.configuration.componentAppID, secret: fake.configuration.componentSecret,
            token: WeChatSide.token, encodingAESKey: WeChatSide.aesKey
        )
        let platform = PlatformCredentials(
            configuration: .init(components: [component]), client: client, store: store, logger: logger)
        let customerService = WeChatAccountDirectory(platform: platform)
        bot = Bot.faultRun(
            configuration: Bot.Configuration(
                logger: logger,
                deduplication: .init(store: store),
                sessions: .init(store: store),
                customerService: customerService,
                authorizationCodeRedeemer: customerService
            ),
            pause: settings.replyDeadline + .milliseconds(500)
        )
        self.platform = platform
        application = WeChatServer.application(
            bot: bot,
            configuration: WeChatServer.Configuration(
                port: 0,
                components: [
                    try WeChatAccount(token: WeChatSide.token, aesKey: WeChatSide.aesKey, appID: component.appID)
                ],
                endpoint: WeChatEndpointConfiguration(replyDeadline: settings.replyDeadline, logger: logger)
            ),
            services: [store, platform],
            logger: logger,
            onNotice: { notice in try await platform.handle(notice) },
            onServerRunning: onServerRunning
        )
    }

    /// The pool settings for `postgres://user[:password]@host[:port]/database`.
    static func postgresConfiguration(_ url: String) throws -> PostgresClient.Configuration {
        guard let parts = URLComponents(string: url), parts.scheme == "postgres", let host = parts.host else {
            throw FaultRunError("--postgres-url must be postgres://user@host:port/database")
        }
        let database = parts.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return PostgresClient.Configuration(
            host: host, port: parts.port ?? 5432, username: parts.user ?? "postgres", password: parts.password,
            database: database.isEmpty ? nil : database, tls: .disable
        )
    }
}
