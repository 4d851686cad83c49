/// Which message bodies an account's callback URL accepts, as chosen in the WeChat console
/// (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html).
public enum CallbackMode: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Clear XML only, proven by `signature`, which covers no body: anyone who saw one signed request can
    /// post any message. Needs no EncodingAESKey.
    case plain
    /// Clear or encrypted XML: the console's compatible mode, accepted only when chosen on purpose, since a
    /// clear body is as weak as in plain mode.
    case compatible
    /// Encrypted XML only (`encrypt_type=aes`, `msg_signature` over the ciphertext); clear bodies are refused.
    case safe

    /// Whether a clear (unencrypted) POST is accepted.
    public var acceptsPlaintext: Bool { self != .safe }

    /// Whether an encrypted POST is accepted.
    public var acceptsEncrypted: Bool { self != .plain }

    /// `plain (clear XML only)`, ...: what a startup banner shows.
    public var description: String {
        switch self {
        case .plain: "plain (clear XML only)"
        case .compatible: "compatible (clear or encrypted XML)"
        case .safe: "safe (encrypted XML only)"
        }
    }
}
