import Logging
public import WeChatMessages

/// A WeChat bot: ordered rules, middlewares and the built-in protocol chores, callable without a server.
///
/// ```swift
/// let bot = Bot {
///     On(.subscribe) { Welcome() }
///     On(.text("help")) { _, _ in .text("天气 北京 / 菜单") }
///     Otherwise { _, _ in .text("没听懂，回复 help") }
/// }
/// let response = await bot.handle(message)
/// ```
/// Every message passes, in order: the error boundary (a throwing handler is logged and answered `success`),
/// the release-test responder, de-duplication of WeChat's retries, the user's middlewares, then the rules
/// (first match wins). Sessions a handler changed are saved afterwards. The host runs ``backgroundWork``.
public struct Bot: Sendable {
    /// How the bot runs.
    public var configuration: Configuration { parts.configuration }
    /// What start-up checks found wrong with the rules (logged as warnings when the bot is created).
    public var diagnostics: [BotDiagnostic] { parts.ruleSet.diagnostics }
    /// The custom menu declared with ``MenuBar`` (the first, if several), to push with `api.menus.create`.
    public var menu: Menu? { parts.ruleSet.menus.first?.menu }
    /// Work queued for after the reply; a host runs it (see ``BackgroundWork``).
    public var backgroundWork: BackgroundWork { parts.backgroundWork }
    var deduplicator: Deduplicator? { parts.deduplicator }

    private let parts: Parts

    /// What a bot holds, behind one reference: hosts copy the bot into every request's task, and one
    /// reference to retain is cheaper than the twenty-odd its rules, stores and configuration hold.
    private final class Parts: Sendable {
        let configuration: Configuration
        let declaredRules: Rules
        let middlewares: [any BotMiddleware]
        let ruleSet: RuleSet
        let router: Router
        let backgroundWork: BackgroundWork
        let sessionStore: any SessionStore
        let deduplicator: Deduplicator?
        let releaseTest: ReleaseTestResponder?

        init(configuration: Configuration, middlewares: [any BotMiddleware], declaredRules: Rules) {
            self.configuration = configuration
            self.declaredRules = declaredRules
            self.middlewares = middlewares
            ruleSet = RuleSet(declaredRules)
            router = Router(rules: ruleSet.rules)
            backgroundWork = BackgroundWork(logger: configuration.logger)
            sessionStore = configuration.sessions.store ?? InMemorySessionStore(clock: configuration.clock)
            let deduplication = configuration.deduplication
            deduplicator =
                deduplication.isEnabled
                ? Deduplicator(
                    store: deduplication.store ?? InMemoryDeduplicationStore(clock: configuration.clock),
                    ttl: deduplication.ttl,
                    waitTimeout: deduplication.waitTimeout
                ) : nil
            releaseTest =
                configuration.releaseTest.isEnabled
                ? ReleaseTestResponder(
                    retry: configuration.releaseTest.retry,
                    time: ElapsedTime(configuration.clock),
                    claims: deduplicator
                ) : nil
        }
    }

    /// Creates a bot from its rules, optional middlewares and configuration.
    public init(
        configuration: Configuration = Configuration(),
        middlewares: [any BotMiddleware] = [],
        @RuleBuilder rules: () -> Rules
    ) {
        self.init(configuration: configuration, middlewares: middlewares, declaredRules: rules())
    }

    private init(configuration: Configuration, middlewares: [any BotMiddleware], declaredRules: Rules) {
        parts = Parts(configuration: configuration, middlewares: middlewares, declaredRules: declaredRules)
        for diagnostic in diagnostics {
            configuration.logger.warning("\(diagnostic)")
        }
    }

    /// The same rules and middlewares with a changed configuration, fresh stores (unless the change names
    /// some) and its own background-work queue; e.g. to plug in the API client's sender at start-up.
    public func reconfigured(_ change: (inout Configuration) -> Void) -> Bot {
        var configuration = configuration
        change(&configuration)
        return Bot(configuration: configuration, middlewares: parts.middlewares, declaredRules: parts.declaredRules)
    }

    /// One line per rule, in routing order: where it was declared and what it matches.
    public var ruleSummary: [String] {
        parts.ruleSet.rules.map { "\($0.location)  \($0.summary)" }
    }

    /// Answers one inbound message. Never throws: failures are logged and answered `success`.
    ///
    /// `account` is the account the host received the message for; by default it is read from the message's
    /// `ToUserName`. `requestID` (the host's id for the HTTP request) is put on every line the handlers log.
    public func handle(
        _ message: InboundMessage,
        for account: AccountIdentity? = nil,
        requestID: String? = nil
    ) async -> BotResponse {
        let account = account ?? AccountIdentity(originalID: message.header.toUserName)
        let context = makeContext(for: message, account: account, requestID: requestID)
        do {
            guard let releaseTest = parts.releaseTest else {
                return BotResponse(try await deduplicated(message, context: context))
            }
            return try await releaseTest.respond(to: message, context: context) {
                try await deduplicated(message, context: context)
            }
        } catch {
            context.logger.error(
                "handling failed; answering success",
                metadata: [
                    "key": "\(message.deduplicationKey(scope: account.storageScope))",
                    "error": "\(error)",
                ]
            )
            return .success
        }
    }

    private func makeContext(for message: InboundMessage, account: AccountIdentity, requestID: String?) -> BotContext {
        BotContext(
            account: account,
            logger: configuration.logger,
            requestID: requestID,
            session: Session(
                scope: account.storageScope,
                openID: message.header.fromUserName,
                store: parts.sessionStore,
                ttl: configuration.sessions.ttl
            ),
            apiProvider: configuration.accountAPI,
            customerService: configuration.customerService,
            authorizationCodeRedeemer: configuration.authorizationCodeRedeemer,
            backgroundWork: backgroundWork
        )
    }

    private func deduplicated(_ message: InboundMessage, context: BotContext) async throws -> Reply? {
        guard let deduplicator else { return try await throughMiddlewares(message, context: context) }
        let key = message.deduplicationKey(scope: context.account.storageScope)
        return try await deduplicator.run(key: key, logger: context.logger) {
            try await throughMiddlewares(message, context: context)
        }
    }

    private func throughMiddlewares(
        _ message: InboundMessage,
        context: BotContext,
        from index: Int = 0
    ) async throws -> Reply? {
        guard index < parts.middlewares.count else { return try await routed(message, context: context) }
        return try await parts.middlewares[index].handle(message, context: context) { message, context in
            try await throughMiddlewares(message, context: context, from: index + 1)
        }
    }

    private func routed(_ message: InboundMessage, context: BotContext) async throws -> Reply? {
        let reply = try await parts.router.route(message, context: context).uploadingLocalFile(for: context)
        do {
            try await context.session.saveIfChanged()
        } catch {
            context.logger.error("could not save the session", metadata: ["error": "\(error)"])
        }
        return reply
    }
}
