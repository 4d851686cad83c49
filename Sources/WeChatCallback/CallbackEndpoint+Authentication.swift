import Logging
import WeChatCrypto

extension CallbackEndpoint {
    /// Whether `timestamp` is within ``WeChatEndpointConfiguration/timestampWindow`` of `now` (any timestamp
    /// when no window is set; a timestamp that is not a number never is).
    func isFresh(_ timestamp: String, now: Int64) -> Bool {
        guard let window = configuration.timestampWindow else { return true }
        guard let seconds = Int64(timestamp) else { return false }
        let (difference, overflow) = now.subtractingReportingOverflow(seconds)
        return !overflow && difference.magnitude <= UInt64(window.components.seconds)
    }

    /// Whether the request's plain `signature`, when it carries one, matches; encrypted requests must carry a
    /// valid `msg_signature` too, but a wrong `signature` next to it still marks a forged request.
    func hasValidOrNoSignature(_ query: CallbackQuery, account: WeChatAccount, timestamp: String, nonce: String)
        -> Bool
    {
        guard let signature = query.signature else { return true }
        return WeChatSignature.isValidSignature(
            signature, token: account.token.text, timestamp: timestamp, nonce: nonce)
    }

    /// Whether the plain `signature` is present and matches.
    func hasValidSignature(_ query: CallbackQuery, account: WeChatAccount, timestamp: String, nonce: String) -> Bool {
        query.signature != nil && hasValidOrNoSignature(query, account: account, timestamp: timestamp, nonce: nonce)
    }

    /// 401 for a signature mismatch, 400 for anything else; logged with WeChat's code.
    func refusal(for error: WeChatCryptoError, log: RequestLog) -> CallbackResponse {
        log.log(.warning, "message refused", metadata: ["error": "\(error)", "code": "\(error.weChatCode)"])
        return error == .signatureMismatch ? .unauthorized : .badRequest
    }

    /// 401 for a timestamp outside the window, logged.
    func staleRefusal(_ timestamp: String, log: RequestLog) -> CallbackResponse {
        log.log(.warning, "request refused: timestamp outside the window", metadata: ["timestamp": "\(timestamp)"])
        return .stale
    }
}
