public import WeChatBot
public import WeChatCallback

/// The whole life of an encrypted callback through the library's own request path, the public
/// ``WeChatCallback/CallbackEndpoint`` every HTTP adapter drives: timestamp window, open (envelope, signature,
/// AES) → parse → replay record → bot (as background work, within the deadline) → render → seal, with the
/// endpoint's logging and metrics calls.
public struct CallbackPipeline: Sendable {
    /// The bot that answers.
    public let bot: Bot
    /// The benchmark account's callback URL.
    public let endpoint: CallbackEndpoint

    /// A pipeline for the benchmark account and the 50-rule bot; its clock reads the requests' timestamp.
    public init(deduplication: Bool = true) throws {
        bot = FiftyRuleBot.make(deduplication: deduplication)
        let account = try WeChatAccount(
            token: BenchmarkAccount.tokenText, aesKey: BenchmarkAccount.aesKey, appID: BenchmarkAccount.appID)
        let now = Int64(BenchmarkAccount.timestamp) ?? 0
        endpoint = .officialAccount(
            account, bot: bot, route: "/wechat", configuration: WeChatEndpointConfiguration(unixTime: { now }))
    }

    /// Runs the bot's background work (as `WeChatBotService` does in a server) until the process ends.
    public func startBackgroundWork() {
        Task.detached { [bot] in await bot.backgroundWork.run() }
    }

    /// The HTTP response body for `request`: the sealed reply envelope, or `success` when there is no reply.
    public func respond(to request: SealedRequest) async -> String {
        await endpoint.respond(to: CallbackRequest(method: .post, query: request.signed.query, body: request.body))
            .body
    }
}
