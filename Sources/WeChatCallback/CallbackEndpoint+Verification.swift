import WeChatCrypto

extension CallbackEndpoint {
    /// Answers a verification GET: the plain `echostr` when `signature` matches, or the decrypted `echostr`
    /// when `encrypt_type=aes` and `msg_signature` are present (WeCom's form,
    /// https://developer.work.weixin.qq.com/document/path/90968).
    func verify(_ query: CallbackQuery, account: WeChatAccount, log: RequestLog) -> CallbackResponse {
        guard let timestamp = query.timestamp, let nonce = query.nonce, let echoString = query.echoString else {
            return .missingParameters
        }
        let now = configuration.unixTime()
        guard isFresh(timestamp, now: now) else { return staleRefusal(timestamp, log: log) }
        if query.isEncrypted, let messageSignature = query.messageSignature {
            guard let crypto = account.crypto else { return .wrongMode }
            guard hasValidOrNoSignature(query, account: account, timestamp: timestamp, nonce: nonce) else {
                return .unauthorized
            }
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
        guard hasValidSignature(query, account: account, timestamp: timestamp, nonce: nonce) else {
            return .unauthorized
        }
        return .echo(echoString)
    }
}
