import Logging
import WeChatBot
import WeChatCrypto
import WeChatMessages

/// A third-party platform's authorization-event URL (PROTOCOL.md §6.1): one URL for every configured
/// component; the envelope's `AppId` picks the keys; authenticated notices are always answered `success`.
struct ComponentEventEndpoint: Sendable {
    let components: [String: WeChatAccount]
    let bot: Bot
    let configuration: WeChatEndpointConfiguration
    let onNotice: @Sendable (ComponentNotice) async throws -> Void
    private let deadlines: ReplyDeadlines

    /// An endpoint for `components` (by appid) whose notices go to `onNotice` as `bot`'s background work.
    init(
        components: [String: WeChatAccount],
        bot: Bot,
        configuration: WeChatEndpointConfiguration,
        onNotice: @escaping @Sendable (ComponentNotice) async throws -> Void
    ) {
        self.components = components
        self.bot = bot
        self.configuration = configuration
        self.onNotice = onNotice
        deadlines = ReplyDeadlines(duration: configuration.replyDeadline)
    }

    /// Opens, decodes and hands over one notice; the handler runs as background work so a slow one cannot
    /// hold the answer past the deadline.
    func receive(_ query: CallbackQuery, body: [UInt8], log: inout RequestLog) async -> CallbackResponse {
        guard let timestamp = query.timestamp, let nonce = query.nonce, let messageSignature = query.messageSignature
        else { return .unauthorized }
        guard query.isEncrypted else { return .wrongMode }
        let envelope: EncryptedEnvelope
        do {
            envelope = try EncryptedEnvelope(parsing: body)
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
        let notice: ComponentNotice
        do {
            let opened = try crypto.open(body, timestamp: timestamp, nonce: nonce, msgSignature: messageSignature)
            notice = try ComponentNotice(parsing: opened.message)
        } catch let error as WeChatCryptoError {
            log.log(.warning, "notice refused", metadata: ["error": "\(error)", "code": "\(error.weChatCode)"])
            return error == .signatureMismatch ? .unauthorized : .badRequest
        } catch {
            log.log(.warning, "notice refused", metadata: ["error": "\(error)", "code": "-40002"])
            return .badRequest
        }
        log.kind = notice.infoType
        let pending = PendingReply()
        bot.backgroundWork.enqueue("notice \(notice.infoType)") { [onNotice, log] in
            pending.start()
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
