import AsyncHTTPClient
import Logging
import ServiceLifecycle
import WeChatAPI
import WeChatBot
import WeChatHummingbird

/// PlatformBot put together: credentials of every configured platform, the echoing bot with the release
/// test, the platform URLs and pages, and the event log; the same assembly runs in the executable and
/// in-process in the tests.
struct PlatformBotServer {
    /// Where state lives: credentials, de-duplication keys and sessions (one SQLite or PostgreSQL store).
    struct Stores {
        var credentials: any CredentialStore
        var deduplication: any DeduplicationStore
        var sessions: any SessionStore
        /// Services the stores need running (a PostgreSQL pool), started before and stopped after the server.
        var services: [any Service] = []
    }

    /// The platforms' credentials and events.
    let platform: PlatformCredentials
    /// The HTTP application; run it as a service.
    let application: any Service

    /// Assembles the server for `settings` on `stores`, calling the WeChat API through `httpClient`.
    init(
        settings: PlatformBotSettings,
        stores: Stores,
        httpClient: HTTPClient = .shared,
        logger: Logger,
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) throws {
        let client = WeChatAPIClient(
            httpClient: httpClient, configuration: WeChatAPIClient.Configuration(baseURL: settings.apiBaseURL),
            logger: logger
        )
        let platform = PlatformCredentials(
            configuration: .init(components: settings.components), client: client, store: stores.credentials,
            logger: logger
        )
        let customerService = WeChatAccountDirectory(platform: platform)
        let bot = Bot.platform(
            configuration: Bot.Configuration(
                logger: logger,
                deduplication: .init(store: stores.deduplication),
                sessions: .init(store: stores.sessions),
                accountAPI: customerService,
                customerService: customerService,
                authorizationCodeRedeemer: customerService
            )
        )
        let components = try settings.components.map {
            try WeChatAccount(token: $0.token, aesKey: $0.encodingAESKey, appID: $0.appID)
        }
        self.platform = platform
        application = WeChatServer.application(
            bot: bot,
            configuration: WeChatServer.Configuration(
                host: settings.host, port: settings.port, components: components, platformPath: settings.platformPath,
                endpoint: WeChatEndpointConfiguration(logger: logger)
            ),
            services: stores.services + [platform, PlatformEventLog(events: platform.events, logger: logger)],
            logger: logger,
            platformPages: PlatformPages(
                credentials: platform,
                configuration: .init(
                    publicBaseURL: settings.publicBaseURL, logger: logger, onOAuthLogin: Self.landing
                )
            ),
            onNotice: { notice in try await platform.handle(notice) },
            onServerRunning: onServerRunning
        )
    }
}
