import WeChatCrypto

/// One encrypted callback POST as WeChat sends it: the envelope body and the query's signature fields.
public struct SealedRequest: Sendable {
    /// The POST body: `<xml><ToUserName>…</ToUserName><Encrypt>…</Encrypt></xml>`.
    public let body: [UInt8]
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
        let cipher = MessageCipher(
            key: try EncodingAESKey("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"),
            appID: BenchmarkAccount.appID
        )
        encrypt = try cipher.encrypt(message, randomPrefix: Array("aaaabbbbccccdddd".utf8))
        timestamp = BenchmarkAccount.timestamp
        nonce = BenchmarkAccount.nonce
        msgSignature = WeChatSignature.messageSignature(
            token: BenchmarkAccount.tokenText,
            timestamp: timestamp,
            nonce: nonce,
            encrypt: encrypt
        )
        let envelope =
            "<xml><ToUserName><![CDATA[\(BenchmarkAccount.originalID)]]></ToUserName>"
            + "<Encrypt><![CDATA[\(encrypt)]]></Encrypt></xml>"
        body = Array(envelope.utf8)
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
