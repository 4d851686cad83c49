/// Why a signature, key or encrypted message was refused, with the code WeChat's WXBizMsgCrypt samples use.
///
/// Descriptions say what is wrong but never contain the token, the AES key, the ciphertext or the plaintext,
/// so an error can be logged as it is.
public struct WeChatCryptoError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case signatureMismatch
        case invalidToken(String)
        case invalidEnvelope(String)
        case invalidKey(String)
        case appIDMismatch
        case encryptionFailed(String)
        case decryptionFailed(String)
        case illegalBuffer(String)
        case invalidBase64(position: Int)
        case invalidReplyField(String)
    }

    private let kind: Kind

    /// The `signature` or `msg_signature` does not match the request (`ValidateSignature_Error`, -40001).
    public static let signatureMismatch = WeChatCryptoError(kind: .signatureMismatch)

    /// The decrypted receive id (appid, component appid or corp id) is not the configured one
    /// (`ValidateAppid_Error`, -40005).
    public static let appIDMismatch = WeChatCryptoError(kind: .appIDMismatch)

    /// A configured token breaks WeChat's rule (3–32 letters or digits); the reason names the rule, not the token.
    /// WeChat has no code of its own for this; it carries -40001, as such a token can only fail signatures.
    public static func invalidToken(_ reason: String) -> WeChatCryptoError { .init(kind: .invalidToken(reason)) }

    /// The body is not an envelope with an `<Encrypt>` element (`ParseXml_Error`, -40002).
    public static func invalidEnvelope(_ reason: String) -> WeChatCryptoError { .init(kind: .invalidEnvelope(reason)) }

    /// An EncodingAESKey is malformed (`IllegalAesKey`, -40004); the reason names the fault, not the key.
    public static func invalidKey(_ reason: String) -> WeChatCryptoError { .init(kind: .invalidKey(reason)) }

    /// A message could not be encrypted (`EncryptAES_Error`, -40006).
    public static func encryptionFailed(_ reason: String) -> WeChatCryptoError {
        .init(kind: .encryptionFailed(reason))
    }

    /// The ciphertext could not be decrypted or its padding is wrong (`DecryptAES_Error`, -40007).
    public static func decryptionFailed(_ reason: String) -> WeChatCryptoError {
        .init(kind: .decryptionFailed(reason))
    }

    /// The decrypted buffer does not have WeChat's layout (`IllegalBuffer`, -40008).
    public static func illegalBuffer(_ reason: String) -> WeChatCryptoError { .init(kind: .illegalBuffer(reason)) }

    /// Text that should be base64 has a byte outside the alphabet or a bad length (`DecodeBase64_Error`, -40010);
    /// `position` is the 1-based index of the first offending byte.
    public static func invalidBase64(position: Int) -> WeChatCryptoError {
        .init(kind: .invalidBase64(position: position))
    }

    /// A reply envelope cannot be written with this timestamp or nonce (`GenReturnXml_Error`, -40011).
    public static func invalidReplyField(_ reason: String) -> WeChatCryptoError {
        .init(kind: .invalidReplyField(reason))
    }

    /// The code WeChat's WXBizMsgCrypt samples use for this failure (<doc:ErrorCodes>).
    public var weChatCode: Int {
        switch kind {
        case .signatureMismatch, .invalidToken: -40001
        case .invalidEnvelope: -40002
        case .invalidKey: -40004
        case .appIDMismatch: -40005
        case .encryptionFailed: -40006
        case .decryptionFailed: -40007
        case .illegalBuffer: -40008
        case .invalidBase64: -40010
        case .invalidReplyField: -40011
        }
    }

    /// A readable reason with the WeChat code, safe to log.
    public var description: String {
        let reason =
            switch kind {
            case .signatureMismatch: "signature does not match"
            case .invalidToken(let reason): "invalid token: \(reason)"
            case .invalidEnvelope(let reason): "invalid encrypted envelope: \(reason)"
            case .invalidKey(let reason): "invalid EncodingAESKey: \(reason)"
            case .appIDMismatch: "decrypted receive id does not match the configured appid"
            case .encryptionFailed(let reason): "encryption failed: \(reason)"
            case .decryptionFailed(let reason): "decryption failed: \(reason)"
            case .illegalBuffer(let reason): "decrypted buffer is malformed: \(reason)"
            case .invalidBase64(let position): "invalid base64 at byte \(position)"
            case .invalidReplyField(let reason): "cannot write the reply envelope: \(reason)"
            }
        return "\(reason) (WeChat code \(weChatCode))"
    }
}
