public import WeChatCallback
import WeChatMessages

/// One encrypted callback POST as WeChat sends it (made by the library's ``WeChatCallback/WeChatPeer``): the
/// envelope body and the query's signature fields.
public struct SealedRequest: Sendable {
    /// The whole signed request, as ``WeChatCallback/CallbackEndpoint`` reads it.
    public let signed: WeChatPeer.SignedRequest
    /// The POST body: `<xml><ToUserName>…</ToUserName><Encrypt>…</Encrypt></xml>`.
    public var body: [UInt8] { signed.body }
    /// The query `timestamp`.
    public let timestamp: String
    /// The query `nonce`.
    public let nonce: String
    /// The query `msg_signature` over token, timestamp, nonce and `Encrypt`.
    public let msgSignature: String
    /// The base64 `Encrypt` text inside `body`.
    public let encrypt: String

    /// Seals `message` for the benchmark account the way WeChat does (a fixed random prefix keeps runs equal).
    public init(sealing message: [UInt8]) throws {
        let wechat = try WeChatPeer(
            token: BenchmarkAccount.tokenText, aesKey: BenchmarkAccount.aesKey, appID: BenchmarkAccount.appID)
        signed = try wechat.sealed(
            message,
            envelope: .toUserName(BenchmarkAccount.originalID),
            timestamp: BenchmarkAccount.timestamp,
            nonce: BenchmarkAccount.nonce,
            randomPrefix: Array("aaaabbbbccccdddd".utf8)
        )
        timestamp = BenchmarkAccount.timestamp
        nonce = BenchmarkAccount.nonce
        msgSignature = signed.query.messageSignature ?? ""
        encrypt = try EncryptedEnvelope(parsing: signed.body).encrypt
    }

    /// `count` requests carrying text messages with distinct `MsgId`s, so de-duplication sees no retry.
    public static func distinctTextMessages(count: Int, firstMsgID: Int64 = 6_000_000_000_000_000_000) throws
        -> [SealedRequest]
    {
        try (0..<count).map { offset in
            try SealedRequest(sealing: SampleMessages.textMessage(msgID: firstMsgID + Int64(offset)))
        }
    }
}
