public import WeChatCrypto
import WeChatAccountAPI
import WeChatMessages

/// WeChat's side of the callback protocol, for tools, tests, benchmarks and fuzzing: signs (and seals) a
/// request for any inbound message or notice, signs a verification GET, and verifies and opens a reply
/// (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html).
///
/// ```swift
/// let wechat = try WeChatPeer(token: "…", aesKey: "…", appID: "wx…")
/// let request = try wechat.sealed(Array(xml.utf8), envelope: .toUserName("gh_…"))
/// // POST request.body to url + "?" + request.queryString; then:
/// let reply = try wechat.openReply(answerBytes)
/// ```
public struct WeChatPeer: Sendable {
    /// How the ciphertext is wrapped in the POST body.
    public enum Envelope: Sendable, Hashable {
        /// `<xml><ToUserName>…</ToUserName><Encrypt>…</Encrypt></xml>`: safe mode on a message URL.
        case toUserName(String)
        /// `<xml><AppId>…</AppId><Encrypt>…</Encrypt></xml>`: a platform's authorization-event URL.
        case appID(String)
        /// The clear XML with `<Encrypt>` added before `</xml>`: compatible mode.
        case clearAndEncrypted
    }

    /// A signed request: its query (in the order WeChat writes it) and body.
    public struct SignedRequest: Sendable {
        /// The query parameters, names and values unencoded.
        public var queryItems: [(name: String, value: String)]
        /// The POST body (empty for a GET).
        public var body: [UInt8]

        /// The query percent-encoded, `name=value&…`.
        public var queryString: String { WeChatPeer.percentEncodedQuery(queryItems) }

        /// The query as ``CallbackEndpoint`` reads it.
        public var query: CallbackQuery {
            CallbackQuery(queryItems.map { (key: Substring($0.name), value: Substring($0.value)) })
        }
    }

    /// The callback token.
    public let token: String
    private let cipher: MessageCipher?
    private let crypto: MessageCrypto?

    /// WeChat's side for one account; without `aesKey` only plain requests can be made.
    public init(token: String, aesKey: String? = nil, appID: String) throws(WeChatCryptoError) {
        let callbackToken = try CallbackToken(token)
        self.token = token
        if let aesKey {
            let key = try EncodingAESKey(aesKey)
            cipher = MessageCipher(key: key, appID: appID)
            crypto = MessageCrypto(configuration: .init(token: callbackToken, appID: appID, currentKey: key))
        } else {
            cipher = nil
            crypto = nil
        }
    }

    /// The current Unix time, as WeChat puts it in `timestamp`.
    public static func timestampNow() -> String { String(UnixTime.now()) }

    /// A random nine-digit nonce.
    public static func randomNonce() -> String { String(UInt32.random(in: 100_000_000...999_999_999)) }

    /// A plain-mode POST: `signature`, `timestamp`, `nonce` (and `openid` when given) over the clear `xml`.
    public func plain(
        _ xml: [UInt8],
        timestamp: String = WeChatPeer.timestampNow(),
        nonce: String = WeChatPeer.randomNonce(),
        openID: String? = nil
    ) -> SignedRequest {
        SignedRequest(queryItems: signedQuery(timestamp: timestamp, nonce: nonce, openID: openID), body: xml)
    }

    /// An encrypted POST: `xml` sealed with the account's key (`randomPrefix` fixes the 16 random bytes for
    /// reproducible output), wrapped as `envelope`, with `encrypt_type=aes` and `msg_signature`, and
    /// `signature` unless `signsPlainly` is `false`.
    public func sealed(
        _ xml: [UInt8],
        envelope: Envelope,
        timestamp: String = WeChatPeer.timestampNow(),
        nonce: String = WeChatPeer.randomNonce(),
        openID: String? = nil,
        signsPlainly: Bool = true,
        randomPrefix: [UInt8]? = nil
    ) throws(WeChatCryptoError) -> SignedRequest {
        let encrypt = try encrypted(xml, randomPrefix: randomPrefix)
        let element = "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt>"
        let body: String
        switch envelope {
        case .toUserName(let name): body = "<xml><ToUserName><![CDATA[" + name + "]]></ToUserName>" + element + "</xml>"
        case .appID(let appID): body = "<xml><AppId><![CDATA[" + appID + "]]></AppId>" + element + "</xml>"
        case .clearAndEncrypted:
            body = String(decoding: xml, as: UTF8.self).replacing("</xml>", with: element + "</xml>")
        }
        var items = signedQuery(encrypt: encrypt, timestamp: timestamp, nonce: nonce, openID: openID)
        if !signsPlainly { items.removeFirst() }
        return SignedRequest(queryItems: items, body: Array(body.utf8))
    }

    /// A verification GET: `signature`, `timestamp`, `nonce` and `echostr`; the answer must be `echo`.
    public func verification(
        echo: String,
        timestamp: String = WeChatPeer.timestampNow(),
        nonce: String = WeChatPeer.randomNonce()
    ) -> SignedRequest {
        SignedRequest(
            queryItems: signedQuery(timestamp: timestamp, nonce: nonce) + [("echostr", echo)], body: [])
    }

    /// WeCom's encrypted verification GET: `echo` sealed into `echostr`, with `encrypt_type=aes` and a
    /// `msg_signature` over it (https://developer.work.weixin.qq.com/document/path/90968); the answer must be
    /// `echo`.
    public func sealedVerification(
        echo: [UInt8],
        timestamp: String = WeChatPeer.timestampNow(),
        nonce: String = WeChatPeer.randomNonce(),
        randomPrefix: [UInt8]? = nil
    ) throws(WeChatCryptoError) -> SignedRequest {
        let encrypt = try encrypted(echo, randomPrefix: randomPrefix)
        var items = signedQuery(encrypt: encrypt, timestamp: timestamp, nonce: nonce, openID: nil)
        items.insert(("echostr", encrypt), at: 3)
        return SignedRequest(queryItems: items, body: [])
    }

    /// A reply as WeChat reads it: a sealed envelope is verified (`MsgSignature` over its `TimeStamp`,
    /// `Nonce` and `Encrypt`) and opened; anything else is returned as it is. `wasSealed` tells which.
    public func openReply(_ body: [UInt8]) throws(WeChatCryptoError) -> (clear: [UInt8], wasSealed: Bool) {
        guard let tree = try? XMLTreeDecoder.parse(body), let encrypt = tree["Encrypt"] else { return (body, false) }
        guard let crypto else { throw .invalidKey("an encrypted reply needs an EncodingAESKey") }
        guard let timestamp = tree["TimeStamp"], let nonce = tree["Nonce"], let signature = tree["MsgSignature"] else {
            throw .invalidEnvelope("the reply envelope lacks TimeStamp, Nonce or MsgSignature")
        }
        let opened = try crypto.open(
            EncryptedEnvelope(encrypt: encrypt), timestamp: timestamp, nonce: nonce, msgSignature: signature)
        return (opened.message, true)
    }

    /// `name=value&…` with every byte outside RFC 3986's unreserved set percent-encoded (base64's `+`, `/`,
    /// `=` included).
    public static func percentEncodedQuery(_ items: [(name: String, value: String)]) -> String {
        QueryEncoding.encodedPairs(items.map { ($0.name, $0.value) })
    }

    /// `value` with every byte outside RFC 3986's unreserved set percent-encoded.
    public static func percentEncoded(_ value: String) -> String {
        QueryEncoding.percentEncoded(value)
    }

    /// `bytes` encrypted with the account's key, as base64 `Encrypt` text.
    private func encrypted(_ bytes: [UInt8], randomPrefix: [UInt8]?) throws(WeChatCryptoError) -> String {
        guard let cipher else { throw .invalidKey("an encrypted request needs an EncodingAESKey") }
        guard let randomPrefix else { return try cipher.encrypt(bytes) }
        return try cipher.encrypt(bytes, randomPrefix: randomPrefix)
    }

    /// The query WeChat signs a request with: `signature`, `timestamp`, `nonce`, `openid` when given, and for
    /// an `encrypt` text `encrypt_type=aes` and its `msg_signature` (for tests that seal bodies of their own).
    public func signedQuery(
        encrypt: String? = nil,
        timestamp: String = WeChatPeer.timestampNow(),
        nonce: String = WeChatPeer.randomNonce(),
        openID: String? = nil
    ) -> [(name: String, value: String)] {
        var items: [(name: String, value: String)] = [
            ("signature", WeChatSignature.signature(token: token, timestamp: timestamp, nonce: nonce)),
            ("timestamp", timestamp), ("nonce", nonce),
        ]
        if let openID { items.append(("openid", openID)) }
        guard let encrypt else { return items }
        let messageSignature = WeChatSignature.messageSignature(
            token: token, timestamp: timestamp, nonce: nonce, encrypt: encrypt)
        return items + [("encrypt_type", "aes"), ("msg_signature", messageSignature)]
    }
}
