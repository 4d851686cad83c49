import Logging
import WeChatBot
import WeChatMessages

extension CallbackEndpoint {
    /// What to do with the bot's answer when it arrives after the request answered `success`: send it once
    /// (claimed in the de-duplication store, so WeChat's retries do not send it twice) through the
    /// customer-service API.
    func lateDelivery(
        for message: InboundMessage,
        identity: AccountIdentity,
        log: RequestLog
    ) -> @Sendable (BotResponse) async -> Void {
        let bot = bot
        let metrics = configuration.metrics
        let isFinal = configuration.isFinalSendError
        let openID = message.header.fromUserName
        return { response in
            guard let reply = response.reply else { return }
            guard let late = CustomerServiceMessage(reply: reply) else {
                log.log(.warning, "late reply has no customer-service form; dropped")
                return
            }
            guard let sender = bot.configuration.customerService else {
                log.log(.warning, "late reply dropped: the bot has no customer-service sender")
                return
            }
            guard await bot.claimLateDelivery(of: message, for: identity) else {
                log.log(.debug, "late reply left to the copy of the message that claimed its delivery")
                return
            }
            if await Self.send(late, to: openID, account: identity, through: sender, isFinal: isFinal, log: log) {
                metrics.recordLateReplySent()
            }
        }
    }

    /// Sends a late reply; retries (``RetryPolicy/default``) failures outside the WeChat API, such as a store
    /// that lost its connection while the token was read. An error `isFinal` recognises as WeChat's answer
    /// is not retried: the API client has retried those, and repeating a timed-out send could duplicate the
    /// reply.
    private static func send(
        _ late: CustomerServiceMessage,
        to openID: String,
        account: AccountIdentity,
        through sender: any CustomerServiceSender,
        isFinal: @Sendable (any Error) -> Bool,
        log: RequestLog
    ) async -> Bool {
        let retry = RetryPolicy.default
        var attempt = 1
        while true {
            do {
                try await sender.send(late, to: openID, account: account)
                log.log(.info, "late reply sent through customer service")
                return true
            } catch let error where !isFinal(error) && attempt < retry.maxAttempts {
                log.log(
                    .warning, "late reply failed, retrying", metadata: ["error": "\(error)", "attempt": "\(attempt)"])
                do {
                    try await Task.sleep(for: retry.delay(afterAttempt: attempt))
                } catch {
                    return false
                }
                attempt += 1
            } catch {
                log.log(.error, "late reply failed", metadata: ["error": "\(error)"])
                return false
            }
        }
    }
}
