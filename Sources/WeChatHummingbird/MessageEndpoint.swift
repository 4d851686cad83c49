import Logging
import WeChatAPI
import WeChatBot
import WeChatCrypto
import WeChatMessages

/// The Official Account callback URL and the authorizer message URL of a third-party platform: verification
/// GETs and message POSTs in plain, compatible and safe mode, answered through the bot within the deadline.
struct MessageEndpoint: Sendable {
    let bot: Bot
    let configuration: WeChatEndpointConfiguration
    private let deadlines: ReplyDeadlines

    /// An endpoint answering through `bot` within `configuration.replyDeadline`.
    init(bot: Bot, configuration: WeChatEndpointConfiguration) {
        self.bot = bot
        self.configuration = configuration
        deadlines = ReplyDeadlines(duration: configuration.replyDeadline)
    }

    /// Answers a verification GET: the plain `echostr` when `signature` matches, or the decrypted `echostr`
    /// when `encrypt_type=aes` and `msg_signature` are present (PROTOCOL.md §1.4).
    func verify(_ query: CallbackQuery, account: WeChatAccount, log: RequestLog) -> CallbackResponse {
        guard let timestamp = query.timestamp, let nonce = query.nonce, let echoString = query.echoString else {
            return .missingParameters
        }
        if query.isEncrypted, let messageSignature = query.messageSignature {
            guard let crypto = account.crypto else { return .wrongMode }
            do {
                let opened = try crypto.openEchoString(
                    echoString,
                    timestamp: timestamp,
                    nonce: nonce,
                    msgSignature: messageSignature
                )
                return .echo(String(decoding: opened.message, as: UTF8.self))
            } catch {
                return refusal(for: error, log: log)
            }
        }
        guard let signature = query.signature,
            WeChatSignature.isValidSignature(signature, token: account.token.text, timestamp: timestamp, nonce: nonce)
        else { return .unauthorized }
        return .echo(echoString)
    }

    /// Answers a message POST: authenticates it, opens it if encrypted, lets the bot answer within the
    /// deadline and renders (and in encrypted modes seals) the reply.
    ///
    /// `identity` names the account the message is for from its header.
    func receive(
        _ query: CallbackQuery,
        body: [UInt8],
        account: WeChatAccount,
        log: inout RequestLog,
        identity: (MessageHeader) -> AccountIdentity
    ) async -> CallbackResponse {
        guard let timestamp = query.timestamp, let nonce = query.nonce else { return .unauthorized }
        let clearBody: [UInt8]
        var sealing: (crypto: MessageCrypto, key: KeySlot)?
        if query.isEncrypted {
            guard let messageSignature = query.messageSignature else { return .unauthorized }
            guard let crypto = account.crypto else { return .wrongMode }
            do {
                let opened = try crypto.open(body, timestamp: timestamp, nonce: nonce, msgSignature: messageSignature)
                clearBody = opened.message
                sealing = (crypto, opened.key)
            } catch {
                return refusal(for: error, log: log)
            }
        } else {
            guard let signature = query.signature,
                WeChatSignature.isValidSignature(
                    signature,
                    token: account.token.text,
                    timestamp: timestamp,
                    nonce: nonce
                )
            else { return .unauthorized }
            guard !account.safeModeOnly else { return .wrongMode }
            clearBody = body
        }
        let message: InboundMessage
        do {
            message = try InboundMessage(parsing: clearBody)
        } catch {
            log.log(.warning, "message refused", metadata: ["error": "\(error)", "code": "\(error.weChatCode)"])
            return .badRequest
        }
        log.kind = Self.kind(of: message)
        let identity = identity(message.header)
        switch await answer(message, identity: identity, log: log) {
        case .success: return .success
        case .emptyBody: return .empty
        case .reply(let reply):
            return render(
                reply, to: message.header, sealing: sealing, timestamp: timestamp, nonce: nonce, log: log)
        }
    }

    /// The bot's answer, or `success` when the deadline passes first; the late answer then goes out through
    /// the customer-service API.
    private func answer(_ message: InboundMessage, identity: AccountIdentity, log: RequestLog) async -> BotResponse {
        let pending = PendingReply()
        let deliverLate = lateDelivery(for: message, identity: identity, log: log)
        bot.backgroundWork.enqueue("message \(Self.kind(of: message))") { [bot, metrics = configuration.metrics] in
            pending.start()
            let clock = ContinuousClock()
            let started = clock.now
            let response = await bot.handle(message, for: identity)
            metrics.recordPipeline(clock.now - started)
            if !pending.complete(with: response) { await deliverLate(response) }
        }
        deadlines.watch(pending)
        if let response = await pending.wait() { return response }
        configuration.metrics.recordDeadlineMiss()
        if pending.hasStarted {
            log.log(.warning, "reply deadline passed; answered success, the reply follows through customer service")
        } else {
            log.log(.error, "the bot's background work is not running; add WeChatBotService(bot) to the services")
        }
        return .success
    }

    private func lateDelivery(
        for message: InboundMessage,
        identity: AccountIdentity,
        log: RequestLog
    ) -> @Sendable (BotResponse) async -> Void {
        let bot = bot
        let metrics = configuration.metrics
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
            if await Self.send(late, to: openID, account: identity, through: sender, log: log) {
                metrics.recordLateReplySent()
            }
        }
    }

    /// Sends a late reply; retries (``RetryPolicy/default``) failures outside the WeChat API, such as a store
    /// that lost its connection while the token was read. A ``WeChatAPIError`` is final: the API client has
    /// retried WeChat's transient errors, and repeating a timed-out send could duplicate the reply.
    private static func send(
        _ late: CustomerServiceMessage,
        to openID: String,
        account: AccountIdentity,
        through sender: any CustomerServiceSender,
        log: RequestLog
    ) async -> Bool {
        let retry = RetryPolicy.default
        var attempt = 1
        while true {
            do {
                try await sender.send(late, to: openID, account: account)
                log.log(.info, "late reply sent through customer service")
                return true
            } catch let error where !(error is WeChatAPIError) && attempt < retry.maxAttempts {
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

    private func render(
        _ reply: Reply,
        to header: MessageHeader,
        sealing: (crypto: MessageCrypto, key: KeySlot)?,
        timestamp: String,
        nonce: String,
        log: RequestLog
    ) -> CallbackResponse {
        do {
            let createTime = UnixTime.now()
            let xml = try reply.render(replyingTo: header, createTime: createTime)
            guard let sealing else { return .reply(xml) }
            return .reply(
                try sealing.crypto.seal(Array(xml.utf8), timestamp: timestamp, nonce: nonce, using: sealing.key))
        } catch {
            log.log(.error, "reply could not be written; answered success", metadata: ["error": "\(error)"])
            return .success
        }
    }

    /// 401 for a signature mismatch, 400 for anything else; logged with WeChat's code.
    private func refusal(for error: WeChatCryptoError, log: RequestLog) -> CallbackResponse {
        log.log(.warning, "message refused", metadata: ["error": "\(error)", "code": "\(error.weChatCode)"])
        return error == .signatureMismatch ? .unauthorized : .badRequest
    }

    /// `text`, `image`, ..., or `event/subscribe` for events: what the logs and job names call a message.
    static func kind(of message: InboundMessage) -> String {
        if case .event(let event) = message { return "event/" + event.name }
        return message.header.msgType
    }
}
