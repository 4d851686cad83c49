public import Logging

/// Everything a handler or middleware may use besides the message itself.
///
/// Capabilities are optional: they are `nil` when the host did not configure them (a bot that only gives
/// passive replies needs neither).
public struct BotContext: Sendable {
    /// The account the message was sent to and the bot answers for.
    public let account: AccountIdentity
    /// The bot's logger. Log ids and keys, never message content or credentials.
    public let logger: Logger
    /// The API of ``account``: menus, media, templates, users, … (calls throw
    /// `WeChatAPIError.notConfigured(account:)` when the host configured no API access for it).
    public let api: AccountAPI
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
        self.logger = logger
        self.session = session
        self.captures = captures
        self.api = api ?? account.unconfiguredAPI
        self.customerService = customerService
        self.authorizationCodeRedeemer = authorizationCodeRedeemer
        self.backgroundWork = backgroundWork
    }
}
