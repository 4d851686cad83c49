/// What a WeChat ciphertext carries: the message bytes and the receive id they were encrypted for.
public struct DecryptedMessage: Sendable, Hashable {
    /// The message (usually UTF-8 XML, sometimes JSON or a WeCom echo string), exactly as encrypted.
    public var message: [UInt8]
    /// The receive id from the plaintext: the appid (component appid on a third-party platform, corp id on
    /// WeCom).
    public var appID: String

    /// Creates a decrypted message from its parts.
    public init(message: [UInt8], appID: String) {
        self.message = message
        self.appID = appID
    }
}
