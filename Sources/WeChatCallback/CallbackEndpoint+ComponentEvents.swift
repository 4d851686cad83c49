import Logging
import WeChatBot
import WeChatCrypto
import WeChatMessages

extension CallbackEndpoint {
    /// Opens, decodes and hands over one authorization notice: the envelope is parsed once, its `AppId` picks
    /// the component's keys; the handler runs as background work so a slow one cannot hold the answer past
    /// the deadline.
    func receiveNotice(
        _ request: CallbackRequest,
        components: [String: WeChatAccount],
        onNotice: @escaping @Sendable (ComponentNotice) async throws -> Void,
        log: inout RequestLog
    ) async -> CallbackResponse {
        let query = request.query
        guard let timestamp = query.timestamp, let nonce = query.nonce, let messageSignature = query.messageSignature
        else { return .unauthorized }
        let now = configuration.unixTime()
        guard isFresh(timestamp, now: now) else { return staleRefusal(timestamp, log: log) }
        guard query.isEncrypted else {
            log.log(.warning, "plaintext notice refused: WeChat encrypts every notice")
            return .wrongMode
        }
        let envelope: EncryptedEnvelope
        do {
            envelope = try EncryptedEnvelope(parsing: request.body)
        } catch {
            log.log(.warning, "notice refused", metadata: ["error": "\(error)", "code": "\(error.weChatCode)"])
            return .badRequest
        }
        guard let appID = envelope.appID ?? envelope.toUserName, let component = components[appID],
            let crypto = component.crypto
        else {
            log.log(.warning, "notice for a component that is not configured", metadata: ["code": "-40005"])
            return .badRequest
        }
        log.account = appID
        guard hasValidOrNoSignature(query, account: component, timestamp: timestamp, nonce: nonce) else {
            return refusal(for: .signatureMismatch, log: log)
        }
        let notice: ComponentNotice
        do {
            let opened = try crypto.open(envelope, timestamp: timestamp, nonce: nonce, msgSignature: messageSignature)
            notice = try ComponentNotice(parsing: opened.message)
        } catch let error as WeChatCryptoError {
            return refusal(for: error, log: log)
        } catch {
            log.log(.warning, "notice refused", metadata: ["error": "\(error)", "code": "-40002"])
            return .badRequest
        }
        log.kind = notice.infoType
        // Every push is sealed afresh, so its msg_signature names it: a copy after the retry window is a replay.
        guard replays.check(key: "notice|" + messageSignature, path: "", now: now) == .handle else {
            log.log(.warning, "replayed notice refused")
            return .replayed
        }
        let pending = PendingReply()
        bot.backgroundWork.enqueue("notice \(notice.infoType)") { [log] in
            do {
                try await onNotice(notice)
            } catch {
                log.log(.error, "notice handler failed", metadata: ["error": "\(error)"])
            }
            _ = pending.complete(with: .success)
        }
        deadlines.watch(pending)
        if await pending.wait() == nil {
            configuration.metrics.recordDeadlineMiss()
            log.log(.warning, "notice handler still running at the deadline; answered success")
        }
        return .success
    }
}
