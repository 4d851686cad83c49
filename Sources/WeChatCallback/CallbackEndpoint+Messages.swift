import Logging
import WeChatBot
import WeChatCrypto
import WeChatMessages

extension CallbackEndpoint {
    /// Answers a message POST: authenticates it (timestamp window; `msg_signature`, and `signature` when
    /// present, for an encrypted body; `signature` and `acceptsPlaintext` for a clear one), opens it, refuses
    /// replays, lets the bot answer within the deadline and renders (and in encrypted modes seals) the reply.
    func receive(
        _ request: CallbackRequest,
        account: WeChatAccount,
        acceptsPlaintext: Bool,
        log: inout RequestLog
    ) async -> CallbackResponse {
        let query = request.query
        guard let timestamp = query.timestamp, let nonce = query.nonce,
            query.signature != nil || query.messageSignature != nil
        else { return .unauthorized }
        let now = configuration.unixTime()
        guard isFresh(timestamp, now: now) else { return staleRefusal(timestamp, log: log) }
        let clearBody: [UInt8]
        var sealing: (crypto: MessageCrypto, key: KeySlot)?
        if query.isEncrypted {
            guard let messageSignature = query.messageSignature else { return .unauthorized }
            guard account.mode.acceptsEncrypted, let crypto = account.crypto else { return .wrongMode }
            guard hasValidOrNoSignature(query, account: account, timestamp: timestamp, nonce: nonce) else {
                return refusal(for: .signatureMismatch, log: log)
            }
            do {
                let opened = try crypto.open(
                    request.body, timestamp: timestamp, nonce: nonce, msgSignature: messageSignature)
                clearBody = opened.message
                sealing = (crypto, opened.key)
            } catch {
                return refusal(for: error, log: log)
            }
        } else {
            guard hasValidSignature(query, account: account, timestamp: timestamp, nonce: nonce) else {
                return .unauthorized
            }
            guard acceptsPlaintext else {
                log.log(.warning, "plaintext message refused: this URL accepts only encrypted messages")
                return .wrongMode
            }
            clearBody = request.body
        }
        let message: InboundMessage
        do {
            message = try InboundMessage(parsing: clearBody)
        } catch {
            log.log(.warning, "message refused", metadata: ["error": "\(error)", "code": "\(error.weChatCode)"])
            return .badRequest
        }
        log.kind = Self.kind(of: message)
        let key = message.deduplicationKey(scope: account.appID)
        guard replays.check(key: key, path: request.authorizerAppID ?? "", now: now) == .handle else {
            log.log(.warning, "replayed message refused: seen before, outside WeChat's retries or on another path")
            return .replayed
        }
        let identity =
            switch kind {
            case .platformMessages:
                AccountIdentity(
                    appID: request.authorizerAppID ?? "",
                    originalID: message.header.toUserName,
                    componentAppID: account.appID
                )
            default: AccountIdentity(appID: account.appID, originalID: message.header.toUserName)
            }
        switch await answer(message, identity: identity, log: log) {
        case .success: return .success
        case .emptyBody: return .empty
        case .reply(let reply):
            return render(
                reply, to: message.header, createTime: now, sealing: sealing, timestamp: timestamp, nonce: nonce,
                log: log)
        }
    }

    /// The bot's answer, or `success` when the deadline passes first; the late answer then goes out through
    /// the customer-service API as the bot's background work.
    ///
    /// The bot starts at once on this request's thread (`Task.immediate`) and runs there up to its first real
    /// suspension, so a bot that answers without waiting costs no task hop and no thread wake-up; one that
    /// waits (a store, the network) goes on in its own task while the request waits up to the deadline.
    private func answer(_ message: InboundMessage, identity: AccountIdentity, log: RequestLog) async -> BotResponse {
        let pending = PendingReply()
        let handling = Self.startAtOnce { [bot, metrics = configuration.metrics, requestID = log.requestID] in
            let clock = ContinuousClock()
            let started = clock.now
            let response = await bot.handle(message, for: identity, requestID: requestID)
            metrics.recordPipeline(clock.now - started)
            return pending.complete(with: response) ? nil : response
        }
        if let response = pending.takeAnswer() { return response }
        deadlines.watch(pending)
        if let response = await pending.wait() { return response }
        configuration.metrics.recordDeadlineMiss()
        log.log(.warning, "reply deadline passed; answered success, the reply follows through customer service")
        let deliverLate = lateDelivery(for: message, identity: identity, log: log)
        bot.backgroundWork.enqueue("late reply to \(Self.kind(of: message))") {
            if let late = await handling.value { await deliverLate(late) }
        }
        return .success
    }

    /// Starts `work` synchronously on the calling thread where the runtime can (`Task.immediate`), otherwise
    /// as a new task.
    private static func startAtOnce(
        _ work: @escaping @Sendable () async -> BotResponse?
    ) -> Task<BotResponse?, Never> {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            return Task.immediate { await work() }
        }
        return Task { await work() }
    }

    private func render(
        _ reply: Reply,
        to header: MessageHeader,
        createTime: Int64,
        sealing: (crypto: MessageCrypto, key: KeySlot)?,
        timestamp: String,
        nonce: String,
        log: RequestLog
    ) -> CallbackResponse {
        do {
            let xml = try reply.render(replyingTo: header, createTime: createTime)
            guard let sealing else { return .reply(xml) }
            return .reply(
                try sealing.crypto.seal(Array(xml.utf8), timestamp: timestamp, nonce: nonce, using: sealing.key))
        } catch {
            log.log(.error, "reply could not be written; answered success", metadata: ["error": "\(error)"])
            return .success
        }
    }

    /// `text`, `image`, ..., or `event/subscribe` for events: what the logs and job names call a message.
    static func kind(of message: InboundMessage) -> String {
        if case .event(let event) = message { return "event/" + event.name }
        return message.header.msgType
    }
}
