public import WeChatBot
public import WeChatCrypto
import WeChatMessages

/// The whole life of an encrypted callback, built from public API as the HTTP layer does it:
/// open (envelope, signature, AES) → parse → bot → render → seal.
public struct CallbackPipeline: Sendable {
    /// The account's envelope handler.
    public let crypto: MessageCrypto
    /// The bot that answers.
    public let bot: Bot

    /// A pipeline for the benchmark account and the 50-rule bot.
    public init(deduplication: Bool = true) throws {
        crypto = try BenchmarkAccount.messageCrypto()
        bot = FiftyRuleBot.make(deduplication: deduplication)
    }

    /// The HTTP response body for `request`: the sealed reply envelope, or `success` when there is no reply.
    public func respond(to request: SealedRequest) async throws -> String {
        let opened = try crypto.open(
            request.body,
            timestamp: request.timestamp,
            nonce: request.nonce,
            msgSignature: request.msgSignature
        )
        let message = try InboundMessage(parsing: opened.message)
        guard let reply = await bot.handle(message).reply else { return "success" }
        let xml = try reply.render(replyingTo: message.header, createTime: 1_407_743_424)
        return try crypto.seal(xml.utf8, timestamp: request.timestamp, nonce: request.nonce, using: opened.key)
    }
}
