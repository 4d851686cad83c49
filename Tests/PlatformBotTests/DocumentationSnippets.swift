import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import PostgresNIO
import Prometheus
import ServiceLifecycle
import Testing
import WeChatAPI
import WeChatBot
import WeChatCrypto
import WeChatHummingbird
import WeChatStorePostgres
import WeChatStoreSQLite

// The code the WeChatHummingbird and WeChatAPI DocC articles show, compiled and (where it needs no real
// WeChat or PostgreSQL) run here; DocumentationCodeTests checks that every swift block of an article is
// found verbatim in Bots/ or Tests/.

/// "Serving in an existing app": a Hummingbird application with its own routes and a bot's callback URL.
enum ExistingAppExample {
    static func application(
        bot: Bot, account: WeChatAccount, port: Int, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        let router = Router()
        router.get("/") { _, _ in "my shop" }
        router.addWeChatBot(bot, at: "/wechat", account: account)

        return Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port)),
            services: [WeChatBotService(bot)],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }

    /// The same callback URL behind the application's own middleware, in a route group.
    static func grouped(bot: Bot, account: WeChatAccount, router: Router<BasicRequestContext>) {
        router.group("/hooks")
            .add(middleware: LogRequestsMiddleware(.info))
            .addWeChatBot(bot, at: "/wechat", account: account)
    }
}

/// "The reply deadline and late replies": the account's API for `context.api` and late replies.
enum LateReplyExample {
    static func application(bot: Bot, account: WeChatAccount, secret: String, logger: Logger)
        -> some ApplicationProtocol
    {
        let credentials = AccountCredentials(
            configuration: .init(appID: account.appID, secret: secret),
            client: WeChatAPIClient.shared(logger: logger),
            store: InMemoryCredentialStore(),
            logger: logger
        )
        let directory = WeChatAccountDirectory(accounts: [credentials])
        let connected = bot.reconfigured {
            $0.accountAPI = directory
            $0.customerService = directory
        }

        let router = Router()
        router.addWeChatBot(
            connected, at: "/wechat", account: account,
            configuration: WeChatEndpointConfiguration(replyDeadline: .seconds(3), logger: logger)
        )
        return Application(
            router: router,
            services: [credentials, WeChatBotService(connected)],
            logger: logger
        )
    }
}

/// "Health and metrics": Prometheus metrics for the endpoints, health and metrics on an admin listener.
enum MetricsExample {
    static func routes(bot: Bot, account: WeChatAccount) -> Router<BasicRequestContext> {
        let registry = PrometheusCollectorRegistry()
        let router = Router()
        router.addHealthAndMetrics(registry: registry)
        router.addWeChatBot(
            bot, at: "/wechat", account: account,
            configuration: WeChatEndpointConfiguration(
                metrics: WeChatMetrics(factory: PrometheusMetricsFactory(registry: registry)))
        )
        return router
    }

    static func server(bot: Bot, account: WeChatAccount, logger: Logger) -> some ApplicationProtocol {
        WeChatServer.application(
            bot: bot,
            configuration: WeChatServer.Configuration(
                host: "0.0.0.0", port: 8080, accounts: [account],
                connections: WeChatServer.Connections(adminHost: "127.0.0.1", adminPort: 9090)
            ),
            logger: logger
        )
    }
}

/// "Several accounts and platforms": two Official Accounts and a third-party platform in one server.
enum SeveralAccountsExample {
    static func server(
        bot: Bot, shop: WeChatAccount, cafe: WeChatAccount, component: PlatformCredentials.Component,
        store: any CredentialStore, logger: Logger
    ) throws -> some ApplicationProtocol {
        let platform = PlatformCredentials(
            configuration: .init(components: [component]),
            client: WeChatAPIClient.shared(logger: logger),
            store: store,
            logger: logger
        )
        let directory = WeChatAccountDirectory(platform: platform)
        let connected = bot.reconfigured {
            $0.accountAPI = directory
            $0.customerService = directory
            $0.authorizationCodeRedeemer = directory
        }
        let componentAccount = try WeChatAccount(
            token: component.token, aesKey: component.encodingAESKey, appID: component.appID)

        return WeChatServer.application(
            bot: connected,
            configuration: WeChatServer.Configuration(
                accounts: [shop, cafe], accountPath: "/wechat",
                components: [componentAccount], platformPath: "/wechat/platform"
            ),
            services: [platform],
            logger: logger,
            onNotice: { notice in try await platform.handle(notice) }
        )
    }
}

/// "Stores": one SQLite file for a single machine, PostgreSQL for many instances.
enum StoreExamples {
    static func sqliteBot(path: String, logger: Logger) async throws -> (Bot, SQLiteStore) {
        let store = try await SQLiteStore.open(SQLiteStore.Configuration(path: path), logger: logger)
        let bot = Bot(
            configuration: Bot.Configuration(
                logger: logger,
                deduplication: .init(store: store),
                sessions: .init(store: store)
            )
        ) {
            On(.text) { text, _ in .text(text.content) }
        }
        return (bot, store)
    }

    static func postgresStore(logger: Logger) throws -> PostgresStore {
        try PostgresStore(
            postgres: PostgresClient.Configuration(
                host: "127.0.0.1", port: 5432, username: "wechat_bot", password: "…", database: "wechat_bot",
                tls: .disable
            ),
            configuration: PostgresStore.Configuration(schema: "wechat_bot"),
            logger: logger
        )
    }
}

@Suite("Documentation snippets: serving and stores")
struct DocumentationSnippetServerTests {
    static let account = "wxdocsexample00001"

    @Test("the existing-app example serves its own route and answers WeChat's URL check")
    func existingApp() async throws {
        let account = try WeChatAccount(token: PlatformTestKit.token, appID: Self.account)
        let bot = Bot { On(.text) { text, _ in .text(text.content) } }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = ExistingAppExample.application(
            bot: bot, account: account, port: 0, logger: PlatformTestKit.quiet
        ) { port in
            continuation.yield(port)
        }
        let group = ServiceGroup(configuration: .init(services: [application], logger: PlatformTestKit.quiet))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            try await PlatformClient.with(baseURL: "http://127.0.0.1:\(port)") { client in
                #expect(try await client.get("/").body == "my shop")
                let timestamp = String(Int(Date().timeIntervalSince1970))
                let signature = WeChatSignature.signature(
                    token: PlatformTestKit.token, timestamp: timestamp, nonce: "42")
                let check = try await client.get(
                    "/wechat?signature=\(signature)&timestamp=\(timestamp)&nonce=42&echostr=hello")
                #expect(check.status == 200)
                #expect(check.body == "hello")
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    @Test("the SQLite example keeps de-duplication and sessions in one file")
    func sqlite() async throws {
        let path = try PlatformTestKit.temporaryDirectory().appendingPathComponent("docs.sqlite").path
        let (bot, store) = try await StoreExamples.sqliteBot(path: path, logger: PlatformTestKit.quiet)
        let message = try InboundMessage(
            parsing: Array(
                """
                <xml><ToUserName>gh_docs</ToUserName><FromUserName>o_user</FromUserName><CreateTime>1714112445</CreateTime>\
                <MsgType>text</MsgType><Content>hi</Content><MsgId>1</MsgId></xml>
                """.utf8))
        #expect(await bot.handle(message).reply == .text("hi"))
        #expect(try await store.claim("docs-key", ttl: .seconds(60)) == .claimed)
        try await store.close()
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("the PostgreSQL example refuses a schema name that is not a plain identifier")
    func postgresSchema() throws {
        #expect(throws: PostgresStoreError.self) {
            try PostgresStore(
                postgres: .init(host: "127.0.0.1", port: 5432, username: "u", password: nil, database: "d", tls: .disable),
                configuration: .init(schema: "bad; name"), logger: PlatformTestKit.quiet)
        }
        _ = try StoreExamples.postgresStore(logger: PlatformTestKit.quiet)
    }
}
