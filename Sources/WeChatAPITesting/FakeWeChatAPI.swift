import Foundation
import Hummingbird
public import Logging
import ServiceLifecycle

/// An in-process look-alike of `api.weixin.qq.com` for tests, on 127.0.0.1 at a free port.
///
/// It issues tokens with a time to live and validates them (unknown → `40001`, expired → the
/// configured code), demands the latest pushed verify ticket for component tokens, exchanges only
/// codes it minted, records every call with its tokens, and injects faults per path.
/// Start it with ``withRunning(configuration:logger:_:)``.
public final class FakeWeChatAPI: Sendable {
    /// The accounts and rules the fake plays.
    public struct Configuration: Sendable {
        /// The one third-party platform it knows.
        public var componentAppID: String
        /// That platform's AppSecret.
        public var componentSecret: String
        /// Plain Official Accounts it knows (appid → AppSecret).
        public var accounts: [String: String]
        /// The `expires_in` of every token and ticket it issues.
        public var tokenLifetime: Duration
        /// The `errcode` for an expired token (`42001` as WeChat documents, `40001` as often seen).
        public var expiredTokenErrcode: Int64
        /// The accounts' followers, in follow order: openid → nickname (any other well-formed openid is
        /// answered as a follower without a nickname).
        public var followers: [(openID: String, nickname: String)]
        /// Openids per `user/get` page (WeChat: 10,000; small in tests of paging).
        public var followerPageSize: Int
        /// Template message templates the accounts have added: template id → title.
        public var templates: [String: String]
        /// Subscribe-message template ids the accounts may send.
        public var subscribeTemplates: Set<String>

        /// One platform, one plain account, two-hour tokens, `42001` on expiry, three followers, one template.
        public init(
            componentAppID: String = "wxfakecomponent0001",
            componentSecret: String = "fake-component-secret-0123456789",
            accounts: [String: String] = ["wxfakeaccount00001": "fake-account-secret-0123456789"],
            tokenLifetime: Duration = .seconds(7200),
            expiredTokenErrcode: Int64 = 42001,
            followers: [(openID: String, nickname: String)] = [
                ("oFollower0000000000000000001", "小明"), ("oFollower0000000000000000002", "Alice"),
                ("oFollower0000000000000000003", "王芳"),
            ],
            followerPageSize: Int = 10_000,
            templates: [String: String] = ["TM_ORDER_SHIPPED": "订单发货通知"],
            subscribeTemplates: Set<String> = ["SUB_ORDER_STATUS"]
        ) {
            self.componentAppID = componentAppID
            self.componentSecret = componentSecret
            self.accounts = accounts
            self.tokenLifetime = tokenLifetime
            self.expiredTokenErrcode = expiredTokenErrcode
            self.followers = followers
            self.followerPageSize = max(1, followerPageSize)
            self.templates = templates
            self.subscribeTemplates = subscribeTemplates
        }
    }

    /// The accounts and rules in play.
    public let configuration: Configuration
    /// `http://127.0.0.1:<port>`, the base URL to give a client.
    public let baseURL: String
    let state: LockedState

    private init(configuration: Configuration, port: Int, state: LockedState) {
        self.configuration = configuration
        self.baseURL = "http://127.0.0.1:\(port)"
        self.state = state
    }

    /// Starts a fake on 127.0.0.1 (port 0), runs `body` with it, and stops it.
    public static func withRunning<Result: Sendable>(
        configuration: Configuration = Configuration(),
        logger: Logger = Logger(label: "FakeWeChatAPI"),
        _ body: @Sendable (FakeWeChatAPI) async throws -> Result
    ) async throws -> Result {
        let state = LockedState()
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            responder: CallbackResponder { (request: Request, _: BasicRequestContext) in
                await respond(to: request, configuration: configuration, state: state)
            },
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        let services = ServiceGroup(configuration: .init(services: [application], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                group.cancelAll()
                throw CancellationError()
            }
            let result: Result
            do {
                result = try await body(FakeWeChatAPI(configuration: configuration, port: port, state: state))
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
            return result
        }
    }
}
