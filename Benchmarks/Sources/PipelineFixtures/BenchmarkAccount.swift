public import WeChatCrypto

/// The one Official Account every benchmark talks to: the token, key and appid of WeChat's encryption sample
/// (V7 in WeChatCrypto: “The AES envelope”).
public enum BenchmarkAccount {
    /// The account's original id, the `ToUserName` of every inbound message.
    public static let originalID = "gh_7f083739789a"
    /// The appid sealed into every plaintext.
    public static let appID = "wxb11529c136998cb6"
    /// The callback token as text, for the signature benchmarks.
    public static let tokenText = "pamtest"
    /// The EncodingAESKey.
    public static let aesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    /// The query `timestamp` every request carries.
    public static let timestamp = "1409304348"
    /// The query `nonce` every request carries.
    public static let nonce = "xxxxxx"

    /// The account's envelope handler (safe mode, appid checked).
    public static func messageCrypto() throws -> MessageCrypto {
        MessageCrypto(
            configuration: MessageCrypto.Configuration(
                token: try CallbackToken(tokenText),
                appID: appID,
                currentKey: try EncodingAESKey(aesKey)
            )
        )
    }
}
