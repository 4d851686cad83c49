import Logging
public import WeChatBot
public import WeChatMessages

/// One WeChat callback URL without any HTTP stack: give it a request's method, query and body, and send
/// back the ``CallbackResponse`` it returns.
///
/// It authenticates (`signature`, `msg_signature`, timestamp window, replays), opens encrypted bodies, lets
/// the bot answer within ``WeChatEndpointConfiguration/replyDeadline`` (answering `success` at the deadline
/// and handing a late reply to the customer-service API), renders and seals the reply, and logs and counts
/// every answer. Nothing a client sends produces a 5xx. An adapter for an HTTP framework reads the query
/// and a body of at most ``WeChatEndpointConfiguration/maximumBodyBytes`` and maps the answer back, e.g.:
///
/// ```swift
/// let endpoint = CallbackEndpoint.officialAccount(account, bot: bot, route: "/wechat")
/// let answer = await endpoint.respond(to: CallbackRequest(method: .post, query: CallbackQuery(pairs), body: bytes))
/// // answer.status, answer.headers, answer.body
/// ```
///
/// The bot starts on the request's own thread; a reply still being computed at the deadline, and every
/// notice handler, runs as the bot's background work, so a host runs `bot.backgroundWork.run()` in a
/// long-running service for as long as it serves (`WeChatBotService` in `WeChatHummingbird`).
public struct CallbackEndpoint: Sendable {
    enum Kind: Sendable {
        /// An Official Account's callback URL.
        case officialAccount(WeChatAccount)
        /// A platform's authorizer message URL, `…/{componentAppID}/{appid}`.
        case platformMessages([String: WeChatAccount])
        /// A platform's authorization-event URL.
        case componentEvents([String: WeChatAccount], onNotice: @Sendable (ComponentNotice) async throws -> Void)
    }

    let kind: Kind
    let bot: Bot
    /// The route label for logs and metrics, e.g. `/wechat`.
    public let route: String
    /// Deadline, body limit, timestamp window, logger and metrics.
    public let configuration: WeChatEndpointConfiguration
    let deadlines: ReplyDeadlines
    let replays: ReplayGuard

    private init(kind: Kind, bot: Bot, route: String, configuration: WeChatEndpointConfiguration) {
        self.kind = kind
        self.bot = bot
        self.route = route
        self.configuration = configuration
        deadlines = ReplyDeadlines(duration: configuration.replyDeadline)
        let deduplication = bot.configuration.deduplication
        let retryWindow = deduplication.isEnabled ? deduplication.ttl : .seconds(30)
        let window = configuration.timestampWindow ?? .zero
        replays = ReplayGuard(
            retryWindow: retryWindow.components.seconds,
            lifetime: (window * 2 + retryWindow).components.seconds
        )
    }

    /// An Official Account's callback URL: `GET` answers WeChat's URL check, `POST` answers messages in the
    /// account's ``CallbackMode``. `route` names the URL in logs and metrics.
    public static func officialAccount(
        _ account: WeChatAccount,
        bot: Bot,
        route: String,
        configuration: WeChatEndpointConfiguration = WeChatEndpointConfiguration()
    ) -> CallbackEndpoint {
        CallbackEndpoint(kind: .officialAccount(account), bot: bot, route: route, configuration: configuration)
    }

    /// A third-party platform's authorizer message URL (`…/{componentAppID}/{appid}`): the request names the
    /// component and the authorizer (``CallbackRequest/componentAppID``, ``CallbackRequest/authorizerAppID``);
    /// messages are opened with the component's keys and must be encrypted, as WeChat always sends them to a
    /// third-party platform.
    public static func platformMessages(
        components: [WeChatAccount],
        bot: Bot,
        route: String,
        configuration: WeChatEndpointConfiguration = WeChatEndpointConfiguration()
    ) -> CallbackEndpoint {
        CallbackEndpoint(
            kind: .platformMessages(byAppID(components)), bot: bot, route: route, configuration: configuration)
    }

    /// A third-party platform's authorization-event URL, one for every component in `components`: the
    /// envelope's `AppId` picks the keys; each decoded notice goes to `onNotice` (as `bot`'s background work)
    /// and is answered `success`.
    public static func componentEvents(
        components: [WeChatAccount],
        bot: Bot,
        route: String,
        configuration: WeChatEndpointConfiguration = WeChatEndpointConfiguration(),
        onNotice: @escaping @Sendable (ComponentNotice) async throws -> Void
    ) -> CallbackEndpoint {
        CallbackEndpoint(
            kind: .componentEvents(byAppID(components), onNotice: onNotice),
            bot: bot,
            route: route,
            configuration: configuration
        )
    }

    /// Answers one request; logs (at `debug`) and counts the answer by route and outcome.
    public func respond(to request: CallbackRequest) async -> CallbackResponse {
        let clock = ContinuousClock()
        let started = clock.now
        var log = RequestLog(
            logger: configuration.logger,
            requestID: request.requestID,
            route: route,
            account: account(of: request)
        )
        let answer = request.bodyTooLarge ? .tooLarge : await dispatch(request, log: &log)
        configuration.metrics.recordRequest(route: route, outcome: answer.outcome)
        if configuration.logger.logLevel <= .debug {
            let latency = clock.now - started
            log.log(
                .debug,
                "answered",
                metadata: [
                    "outcome": "\(answer.outcome)",
                    "status": "\(answer.status)",
                    "latency_ms":
                        "\(latency.components.seconds * 1000 + latency.components.attoseconds / 1_000_000_000_000_000)",
                ]
            )
        }
        return answer
    }

    private func dispatch(_ request: CallbackRequest, log: inout RequestLog) async -> CallbackResponse {
        switch (kind, request.method) {
        case (.officialAccount(let account), .get):
            return verify(request.query, account: account, log: log)
        case (.officialAccount(let account), .post):
            return await receive(request, account: account, acceptsPlaintext: account.mode.acceptsPlaintext, log: &log)
        case (.platformMessages(let components), _):
            guard let component = request.componentAppID.flatMap({ components[$0] }) else { return .unknownAccount }
            guard request.method == .post else { return verify(request.query, account: component, log: log) }
            return await receive(request, account: component, acceptsPlaintext: false, log: &log)
        case (.componentEvents(let components, let onNotice), .post):
            return await receiveNotice(request, components: components, onNotice: onNotice, log: &log)
        case (.componentEvents, .get):
            return .methodNotAllowed
        }
    }

    /// The account a request is logged under before its body is read: the appid, or the path's authorizer.
    private func account(of request: CallbackRequest) -> String? {
        switch kind {
        case .officialAccount(let account): account.appID
        case .platformMessages: request.authorizerAppID
        case .componentEvents: nil
        }
    }

    private static func byAppID(_ accounts: [WeChatAccount]) -> [String: WeChatAccount] {
        Dictionary(accounts.map { ($0.appID, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
