public import Logging

/// Everything a handler or middleware may use besides the message itself.
///
/// Capabilities are optional: they are `nil` when the host did not configure them (a bot that only gives
/// passive replies needs neither).
public struct BotContext: Sendable {
    /// The account the message was sent to and the bot answers for.
    public let account: AccountIdentity
    /// The bot's logger, with the request's id as `request_id` metadata when the host gave one. Log ids and
    /// keys, never message content or credentials.
    ///
    /// Made each time it is read, like ``api``: setting metadata on a `Logger` makes handlers such as
    /// swift-log's `StreamLogHandler` re-render all of it (about 1.7 µs a message under load), which the many
    /// messages that log nothing need not pay. Keep it in a local to log several lines.
    public var logger: Logger {
        guard let requestID else { return baseLogger }
        var logger = baseLogger
        logger[metadataKey: "request_id"] = "\(requestID)"
        return logger
    }
    /// The API of ``account``: menus, media, templates, users, … (calls throw
    /// `WeChatAPIError.notConfigured(account:)` when the host configured no API access for it).
    ///
    /// Made each time a handler reads it (a few small values, from the host's provider), so the many messages
    /// whose handlers never call WeChat pay nothing; keep it in a local to reuse it within a handler.
    public var api: AccountAPI {
        switch apiSource {
        case .given(let api): api
        case .provider(let provider): provider.api(for: account)
        case .unconfigured: account.unconfiguredAPI
        }
    }
    /// The sender's session with this account.
    public let session: Session
    /// What the matching rule captured (regular-expression groups); empty in middlewares.
    public internal(set) var captures: RuleCaptures
    /// Sends customer-service messages, e.g. a late answer after the 5-second window.
    public let customerService: (any CustomerServiceSender)?
    /// Redeems third-party platform authorization codes.
    public let authorizationCodeRedeemer: (any AuthorizationCodeRedeemer)?
    /// Queue for work that continues after the reply, run by the host.
    public let backgroundWork: BackgroundWork
    private var apiSource: APISource
    private let baseLogger: Logger
    /// The host's id of the request the message came in, joined to ``logger`` when it is read.
    private var requestID: String?

    /// Creates a context; the bot makes one per message, tests may make their own to call a handler directly.
    public init(
        account: AccountIdentity,
        logger: Logger,
        session: Session,
        captures: RuleCaptures = .none,
        api: AccountAPI? = nil,
        customerService: (any CustomerServiceSender)? = nil,
        authorizationCodeRedeemer: (any AuthorizationCodeRedeemer)? = nil,
        backgroundWork: BackgroundWork
    ) {
        self.account = account
        baseLogger = logger
        self.session = session
        self.captures = captures
        apiSource = api.map(APISource.given) ?? .unconfigured
        self.customerService = customerService
        self.authorizationCodeRedeemer = authorizationCodeRedeemer
        self.backgroundWork = backgroundWork
    }

    /// A context whose API comes from the host's provider, asked only when a handler uses it, and whose
    /// logger carries `requestID`.
    init(
        account: AccountIdentity,
        logger: Logger,
        requestID: String?,
        session: Session,
        apiProvider: (any AccountAPIProvider)?,
        customerService: (any CustomerServiceSender)?,
        authorizationCodeRedeemer: (any AuthorizationCodeRedeemer)?,
        backgroundWork: BackgroundWork
    ) {
        self.init(
            account: account,
            logger: logger,
            session: session,
            customerService: customerService,
            authorizationCodeRedeemer: authorizationCodeRedeemer,
            backgroundWork: backgroundWork
        )
        if let apiProvider { apiSource = .provider(apiProvider) }
        self.requestID = requestID
    }

    /// Where ``api`` comes from.
    private enum APISource: Sendable {
        case given(AccountAPI)
        case provider(any AccountAPIProvider)
        case unconfigured
    }
}
