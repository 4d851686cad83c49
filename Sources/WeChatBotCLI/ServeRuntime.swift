import AsyncHTTPClient
public import Logging
public import Prometheus
import ServiceLifecycle
import UnixSignals
import WeChatAPI
import WeChatBot
import WeChatHummingbird
import WeChatMessages

/// Runs `serve`: opens the store, builds the bot (rules file or demo echo), the API credentials for late
/// replies and platform notices, and the HTTP server, then serves until SIGTERM/SIGINT or cancellation,
/// shutting down gracefully.
public enum ServeRuntime {
    /// Serves `plan`; `output` receives the banner once the server listens, `onServerRunning` the port.
    public static func run(
        _ plan: ServePlan,
        logger: Logger,
        registry: PrometheusCollectorRegistry,
        output: @escaping @Sendable (String) -> Void,
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) async throws {
        let rules = try plan.rulesPath.map { path throws(WeChatBotCLIError) in try RulesFile(contentsOf: path) }
        let accounts = try plan.weChatAccounts()
        let components = try plan.weChatComponents()
        let stores = try await OpenStores.open(plan.store, logger: logger)
        let api = WeChatAPIClient(
            httpClient: HTTPClient.shared,
            configuration: WeChatAPIClient.Configuration(baseURL: plan.apiBaseURL),
            logger: logger
        )
        let accountCredentials = plan.accounts.compactMap { account -> AccountCredentials? in
            guard let appID = account.appID, let secret = account.secret else { return nil }
            return AccountCredentials(
                configuration: .init(appID: appID, secret: secret),
                client: api,
                store: stores.credentials,
                logger: logger
            )
        }
        let platformComponents = plan.components.compactMap { component -> PlatformCredentials.Component? in
            guard let appID = component.appID, let secret = component.secret, let token = component.token,
                let aesKey = component.aesKey
            else { return nil }
            return PlatformCredentials.Component(appID: appID, secret: secret, token: token, encodingAESKey: aesKey)
        }
        let platform =
            platformComponents.isEmpty
            ? nil
            : PlatformCredentials(
                configuration: .init(components: platformComponents),
                client: api,
                store: stores.credentials,
                logger: logger
            )
        let sender = WeChatAccountDirectory(accounts: accountCredentials, platform: platform)
        let configuration = Bot.Configuration(
            logger: logger,
            deduplication: .init(store: stores.deduplication),
            sessions: .init(store: stores.sessions),
            accountAPI: sender,
            customerService: sender,
            authorizationCodeRedeemer: platform == nil ? nil : sender
        )
        let bot = rules?.bot(configuration: configuration) ?? Bot.demo(configuration: configuration)
        let credentialServices: [any Service] = accountCredentials + (platform.map { [$0] } ?? [])
        let application = WeChatServer.application(
            bot: bot,
            configuration: WeChatServer.Configuration(
                host: plan.host,
                port: plan.port,
                accounts: accounts,
                accountPath: plan.path,
                components: components,
                platformPath: plan.platformPath,
                endpoint: WeChatEndpointConfiguration(
                    replyDeadline: plan.deadline,
                    maximumBodyBytes: plan.maxBodyBytes,
                    timestampWindow: plan.timestampWindow,
                    logger: logger
                ),
                connections: plan.connections
            ),
            registry: registry,
            services: stores.services + credentialServices,
            logger: logger,
            platformPages: platform.map {
                PlatformPages(
                    credentials: $0,
                    configuration: .init(
                        publicBaseURL: plan.publicURL, logger: logger, pageLoadsPerMinute: plan.pageRateLimit,
                        clientAddressHeader: plan.clientAddressHeader
                    ))
            },
            accountPages: accountCredentials.isEmpty
                ? nil
                : AccountPages(
                    accounts: accountCredentials,
                    configuration: .init(publicBaseURL: plan.publicURL, logger: logger)),
            onNotice: { [platform] notice in
                logger.info("platform notice", metadata: ["infoType": "\(notice.infoType)"])
                try await platform?.handle(notice)
            },
            onServerRunning: { port in
                output(plan.banner(port: port))
                await onServerRunning(port)
            }
        )
        let group = ServiceGroup(
            configuration: .init(services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        )
        do {
            try await group.run()
        } catch {
            try await close(stores)
            throw error
        }
        try await close(stores)
    }

    /// Closes the stores even when the serving task was cancelled (a cancelled close would leave the SQLite
    /// file open); the detached task is awaited at once.
    private static func close(_ stores: OpenStores) async throws {
        try await Task.detached { try await stores.close() }.value
    }
}
