import WeChatCrypto

/// The values a web page passes to the JS-SDK's `wx.config` (WeChatCrypto: “Signatures”); encodes to JSON with
/// `wx.config`'s own key names (`appId`, `timestamp`, `nonceStr`, `signature`).
public struct JSSDKConfig: Sendable, Hashable, Encodable {
    /// The account's appid (the authorizer's, for a platform).
    public var appID: String
    /// Unix seconds the signature was made at.
    public var timestamp: Int
    /// The random string signed.
    public var nonceString: String
    /// SHA-1 over ticket, nonce, timestamp and the page URL without `#fragment`.
    public var signature: String

    /// Signs the page at `url` with `ticket`; the nonce and timestamp (now) default to fresh values.
    public init(
        appID: String, ticket: String, url: String, timestamp: Int? = nil,
        nonceString: String = JSSDKConfig.randomNonce()
    ) {
        let timestamp = timestamp ?? Int(CredentialRefresher.now())
        self.appID = appID
        self.timestamp = timestamp
        self.nonceString = nonceString
        signature = JSSDKSignature.sign(ticket: ticket, nonceString: nonceString, timestamp: timestamp, url: url)
    }

    /// 16 random letters and digits.
    public static func randomNonce() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int.random(in: alphabet.indices, using: &generator)] })
    }

    enum CodingKeys: String, CodingKey {
        case appID = "appId"
        case timestamp
        case nonceString = "nonceStr"
        case signature
    }
}
