public import WeChatCrypto

/// The callback settings of one Official Account or one third-party platform (component), as entered in the
/// WeChat console: token, EncodingAESKey and appid (PROTOCOL.md §1.5, §2).
///
/// Without an EncodingAESKey only plain mode works; with one, compatible and safe mode too. `safeModeOnly`
/// refuses every unencrypted POST. The token and keys never appear in `description`.
public struct WeChatAccount: Sendable, CustomStringConvertible {
    /// The account's appid (the component appid for a third-party platform); the receive id of the envelope.
    public let appID: String
    /// Whether plaintext POSTs are refused (the console's safe mode, enforced).
    public let safeModeOnly: Bool
    /// The token, for plain signatures.
    let token: CallbackToken
    /// The envelope handler, when an EncodingAESKey is configured.
    let crypto: MessageCrypto?

    /// Validates the settings; throws `WeChatCryptoError` naming the broken rule (never the secret itself).
    ///
    /// `previousAESKey` keeps the key from before a rotation working while WeChat switches over.
    public init(
        token: String,
        aesKey: String? = nil,
        appID: String,
        previousAESKey: String? = nil,
        safeModeOnly: Bool = false
    ) throws(WeChatCryptoError) {
        let token = try CallbackToken(token)
        self.token = token
        self.appID = appID
        if let aesKey {
            crypto = MessageCrypto(
                configuration: .init(
                    token: token,
                    appID: appID,
                    currentKey: try EncodingAESKey(aesKey),
                    previousKey: try previousAESKey.map { key throws(WeChatCryptoError) in try EncodingAESKey(key) }
                )
            )
        } else {
            guard !safeModeOnly else { throw .invalidKey("safe mode needs an EncodingAESKey") }
            crypto = nil
        }
        self.safeModeOnly = safeModeOnly
    }

    /// The appid and mode; safe to log.
    public var description: String {
        let mode = safeModeOnly ? "safe only" : crypto == nil ? "plain" : "plain, compatible or safe"
        return "WeChatAccount(\(appID), \(mode))"
    }
}
