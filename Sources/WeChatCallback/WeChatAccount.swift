public import WeChatCrypto

/// The callback settings of one Official Account or one third-party platform (component), as entered in the
/// WeChat console: token, EncodingAESKey, appid and the message encryption mode
/// (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html).
///
/// An account with an EncodingAESKey is in ``CallbackMode/safe`` mode unless ``CallbackMode/compatible`` is
/// chosen on purpose; without a key only ``CallbackMode/plain`` works. The token and keys never appear in
/// `description`.
public struct WeChatAccount: Sendable, CustomStringConvertible {
    /// The account's appid (the component appid for a third-party platform); the receive id of the envelope.
    public let appID: String
    /// Which bodies the callback URL accepts.
    public let mode: CallbackMode
    /// The token, for plain signatures.
    let token: CallbackToken
    /// The envelope handler, when an EncodingAESKey is configured.
    let crypto: MessageCrypto?

    /// Validates the settings; throws `WeChatCryptoError` naming the broken rule (never the secret itself).
    ///
    /// `mode` defaults to ``CallbackMode/safe`` with an `aesKey` and ``CallbackMode/plain`` without; compatible
    /// and safe mode need a key. `previousAESKey` keeps the key from before a rotation working while WeChat
    /// switches over.
    public init(
        token: String,
        aesKey: String? = nil,
        appID: String,
        previousAESKey: String? = nil,
        mode: CallbackMode? = nil
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
            self.mode = mode ?? .safe
        } else {
            let mode = mode ?? .plain
            guard mode == .plain else { throw .invalidKey("\(mode.rawValue) mode needs an EncodingAESKey") }
            crypto = nil
            self.mode = mode
        }
    }

    /// The appid and mode; safe to log.
    public var description: String {
        "WeChatAccount(\(appID), \(mode.rawValue))"
    }
}
