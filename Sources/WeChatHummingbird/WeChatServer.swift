public import Hummingbird
public import Logging
public import Prometheus
public import ServiceLifecycle
public import WeChatBot
public import WeChatCallback
public import WeChatMessages

/// A ready HTTP application for a bot: callback URLs for Official Accounts and third-party platforms,
/// `/healthz`, `/metrics`, and the bot's background work as a service, shut down gracefully in order
/// (server first, so in-flight messages finish; then the late replies).
public enum WeChatServer {
    /// Where the server listens and which accounts and platforms it serves.
    public struct Configuration: Sendable {
        /// The address to bind, `127.0.0.1` by default.
        public var host: String
        /// The port; 0 picks a free one (see `onServerRunning`).
        public var port: Int
        /// Official Accounts: one account is served at `accountPath`, several at `accountPath/<appID>`.
        public var accounts: [WeChatAccount]
        /// The callback path of the Official Accounts.
        public var accountPath: String
        /// Third-party platforms (components), served under `platformPath`.
        public var components: [WeChatAccount]
        /// The prefix of the platform URLs: `platformPath/events`, `platformPath/<componentAppID>/$APPID$`.
        public var platformPath: String
        /// Deadline, body limit and logger of the endpoints (the metrics are set by the builder).
        public var endpoint: WeChatEndpointConfiguration
        /// Connections, health and metrics: idle and body-read timeouts, the admin listener.
        public var connections: Connections

        /// Creates a configuration; defaults serve `/wechat` and `/wechat/platform` on 127.0.0.1:8080.
        public init(
            host: String = "127.0.0.1",
            port: Int = 8080,
            accounts: [WeChatAccount] = [],
            accountPath: String = "/wechat",
            components: [WeChatAccount] = [],
            platformPath: String = "/wechat/platform",
            endpoint: WeChatEndpointConfiguration = WeChatEndpointConfiguration(),
            connections: Connections = Connections()
        ) {
            self.host = host
            self.port = port
            self.accounts = accounts
            self.accountPath = accountPath
            self.components = components
            self.platformPath = platformPath
            self.endpoint = endpoint
            self.connections = connections
        }

        /// The URL path of each account, in the order of ``accounts``.
        public var accountPaths: [String] {
            Self.accountPaths(appIDs: accounts.map(\.appID), under: accountPath)
        }

        /// Where accounts with these appids are served: one at `path`, several at `path/<appID>`.
        public static func accountPaths(appIDs: [String], under path: String) -> [String] {
            appIDs.count == 1 ? [path] : appIDs.map { path + "/" + $0 }
        }
    }

    /// Builds the application. Metrics go to `registry` (served at `/metrics`, on the admin listener when one is
    /// configured, whose port goes to `onAdminServerRunning`); the bot gets a de-duplication store that counts
    /// hits; `onNotice` receives the platforms' notices; `platformPages` adds the platforms' authorization, web
    /// OAuth and JS-SDK pages under the platform path, `accountPages` the plain accounts' web OAuth and JS-SDK
    /// routes under the account path; `services` (API credential lifecycles, stores) run alongside and stop
    /// after the server.
    public static func application(
        bot: Bot,
        configuration: Configuration,
        registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        services: [any Service] = [],
        logger: Logger,
        platformPages: PlatformPages? = nil,
        accountPages: AccountPages? = nil,
        onNotice: @escaping @Sendable (ComponentNotice) async throws -> Void = { _ in },
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in },
        onAdminServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var endpoint = configuration.endpoint
        endpoint.metrics = WeChatMetrics(factory: PrometheusMetricsFactory(registry: registry))
        let metrics = endpoint.metrics
        let bot = bot.reconfigured { bot in
            let store = bot.deduplication.store ?? InMemoryDeduplicationStore(clock: bot.clock)
            bot.deduplication.store = MeteredDeduplicationStore(store, metrics: metrics)
        }
        let connections = configuration.connections
        let router = Router(context: WeChatRequestContext.self)
        var adminServices: [any Service] = []
        if let adminPort = connections.adminPort {
            let adminRouter = Router(context: WeChatRequestContext.self)
            adminRouter.addHealthAndMetrics(
                registry: registry, healthPath: connections.healthPath, metricsPath: connections.metricsPath)
            adminServices.append(
                Application(
                    router: adminRouter,
                    server: connections.server(logger: logger),
                    configuration: ApplicationConfiguration(
                        address: .hostname(connections.adminHost, port: adminPort), serverName: nil),
                    onServerRunning: { channel in await onAdminServerRunning(channel.localAddress?.port ?? adminPort) },
                    logger: logger
                ))
        } else {
            router.addHealthAndMetrics(
                registry: registry, healthPath: connections.healthPath, metricsPath: connections.metricsPath)
        }
        for (account, path) in zip(configuration.accounts, configuration.accountPaths) {
            router.addWeChatBot(bot, at: path, account: account, configuration: endpoint)
        }
        if !configuration.components.isEmpty {
            router.addWeChatPlatform(
                bot,
                at: configuration.platformPath,
                components: configuration.components,
                configuration: endpoint,
                onNotice: onNotice
            )
        }
        if let accountPages {
            router.addWeChatAccountPages(accountPages, at: configuration.accountPath)
        }
        if let platformPages {
            router.addWeChatPlatformPages(platformPages, at: configuration.platformPath)
        }
        return Application(
            router: router,
            server: connections.server(logger: logger),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: nil
            ),
            services: services + adminServices + [WeChatBotService(bot)],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}
