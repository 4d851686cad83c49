import Synchronization
public import WeChatBot
public import WeChatMessages

/// Talks to a bot in process, as WeChat would, for one test: see `Bot.test(_:)`.
///
/// Messages get the client's account (unless another is named), the fake clock's time as `CreateTime`
/// and a fresh `MsgId` each. The client is `Sendable`: send concurrently from a task group to simulate
/// WeChat's overlapping retries.
public final class BotTestClient: Sendable {
    /// The bot under test, configured with the fakes below.
    public let bot: Bot
    /// The account messages go to by default.
    public let account: AccountIdentity
    /// The fake clock behind every TTL, wait and back-off.
    public let clock: TestClock
    /// The fake customer-service capability handlers see as `context.customerService`.
    public let customerService: RecordingCustomerServiceSender
    /// The fake authorization-code redeemer; its ``RecordingAuthorizationCodeRedeemer/sender`` records what
    /// was sent with the authorizer's token.
    public let redeemer: RecordingAuthorizationCodeRedeemer

    /// The Unix time the fake clock starts at.
    public static let epoch: Int64 = 1_700_000_000

    private let lastMsgID = Mutex<Int64>(24_000_000_000_000_000)

    init(
        bot: Bot,
        account: AccountIdentity,
        clock: TestClock,
        customerService: RecordingCustomerServiceSender,
        redeemer: RecordingAuthorizationCodeRedeemer
    ) {
        self.bot = bot
        self.account = account
        self.clock = clock
        self.customerService = customerService
        self.redeemer = redeemer
    }

    /// The inbound message `message` becomes when `openID` sends it to `account` now.
    ///
    /// Deliver the same value twice to simulate a WeChat retry.
    public func message(_ message: TestMessage, from openID: String = "o_test_user", to account: AccountIdentity? = nil)
        -> InboundMessage
    {
        let msgID = lastMsgID.withLock { id in
            id += 1
            return id
        }
        let envelope = TestMessage.Envelope(
            from: openID,
            to: (account ?? self.account).originalID,
            createTime: Self.epoch + clock.now.offset.components.seconds,
            msgID: msgID
        )
        return message.message(in: envelope)
    }

    /// Sends `message` from `openID` to `account` (the client's by default) and returns the bot's answer.
    public func send(_ message: TestMessage, from openID: String = "o_test_user", to account: AccountIdentity? = nil)
        async -> BotResponse
    {
        await deliver(self.message(message, from: openID, to: account), to: account)
    }

    /// Delivers a prepared inbound message to `account` (the client's by default), as WeChat would.
    public func deliver(_ message: InboundMessage, to account: AccountIdentity? = nil) async -> BotResponse {
        await bot.handle(message, for: account ?? self.account)
    }

    /// Delivers a raw (decrypted) XML body as WeChat posts it, e.g. a captured payload; throws when it does
    /// not parse.
    public func send(xml: String, to account: AccountIdentity? = nil) async throws(XMLDecodingError) -> BotResponse {
        await deliver(try InboundMessage(parsing: Array(xml.utf8)), to: account)
    }

    /// Moves the fake clock forward, expiring keys and sessions whose TTL has passed.
    public func advance(by duration: Duration) {
        clock.advance(by: duration)
    }

    /// Runs all background work the bot queued (and work queued by it) to completion; retry back-off
    /// advances the fake clock instead of waiting.
    public func drainBackgroundWork() async {
        await clock.autoAdvancing {
            await bot.backgroundWork.drain()
        }
    }
}
