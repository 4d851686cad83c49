public import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import WeChatCrypto
public import WeChatMessages

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Sends simulated WeChat pushes to a bot URL exactly as WeChat would (signed, and encrypted in compatible
/// and safe mode) and checks the answer: verifies the reply's `MsgSignature`, decrypts it and parses it.
public struct Simulator: Sendable {
    /// The account the URL serves, as configured in the console.
    public struct Target: Sendable {
        /// The callback URL, e.g. `http://127.0.0.1:8080/wechat`.
        public var url: String
        /// The callback token.
        public var token: String
        /// The EncodingAESKey; needed for compatible and safe mode.
        public var aesKey: String?
        /// The appid (receive id inside the ciphertext).
        public var appID: String
        /// How messages are sent.
        public var mode: SimulationMode

        /// Creates a target.
        public init(url: String, token: String, aesKey: String?, appID: String, mode: SimulationMode) {
            self.url = url
            self.token = token
            self.aesKey = aesKey
            self.appID = appID
            self.mode = mode
        }
    }

    /// What the server answered.
    public struct Result: Sendable {
        /// The HTTP status.
        public var status: Int
        /// The body as received.
        public var rawBody: String
        /// The clear reply XML (decrypted when sealed); `nil` for `success`, an empty body or an error status.
        public var replyXML: String?
        /// The parsed reply.
        public var reply: Reply?
        /// Whether the reply was sealed and its `MsgSignature` verified.
        public var wasEncrypted: Bool
    }

    /// The account and URL messages go to.
    public let target: Target
    private let httpClient: HTTPClient
    private let crypto: MessageCrypto?

    /// A simulator for `target`, sending with `httpClient`; throws when the token or key is malformed or
    /// an encrypted mode lacks a key.
    public init(target: Target, httpClient: HTTPClient) throws {
        self.target = target
        self.httpClient = httpClient
        let token = try CallbackToken(target.token)
        if let aesKey = target.aesKey {
            crypto = MessageCrypto(
                configuration: .init(token: token, appID: target.appID, currentKey: try EncodingAESKey(aesKey))
            )
        } else {
            guard target.mode == .plain else {
                throw WeChatBotCLIError.invalidSetting(
                    "--aes-key", "\(target.mode.rawValue) mode needs an EncodingAESKey")
            }
            crypto = nil
        }
    }

    /// Signs (and encrypts) `message`, posts it, and checks and opens the answer.
    public func send(_ message: SimulatedMessage) async throws -> Result {
        let timestamp = "\(Int64(Date().timeIntervalSince1970))"
        let nonce = "\(UInt32.random(in: 100_000_000...999_999_999))"
        var query = [
            ("signature", WeChatSignature.signature(token: target.token, timestamp: timestamp, nonce: nonce)),
            ("timestamp", timestamp), ("nonce", nonce), ("openid", message.fromUserName),
        ]
        var body = message.xml
        if target.mode != .plain, let crypto {
            let sealed = try crypto.seal(Array(body.utf8), timestamp: timestamp, nonce: nonce)
            let tree = try XMLTreeDecoder.parse(sealed)
            let encrypt = tree["Encrypt"] ?? ""
            query += [("encrypt_type", "aes"), ("msg_signature", tree["MsgSignature"] ?? "")]
            let encryptElement = "<Encrypt><![CDATA[\(encrypt)]]></Encrypt>"
            body =
                target.mode == .safe
                ? "<xml><ToUserName><![CDATA[\(message.toUserName)]]></ToUserName>\(encryptElement)</xml>"
                : body.replacing("</xml>", with: encryptElement + "</xml>")
        }
        var request = HTTPClientRequest(url: target.url + (target.url.contains("?") ? "&" : "?") + Self.encode(query))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/xml; charset=utf-8")
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await httpClient.execute(request, timeout: .seconds(10))
        let answer = String(buffer: try await response.body.collect(upTo: 4 << 20))
        return try open(answer, status: Int(response.status.code), replyingTo: message)
    }

    private func open(_ answer: String, status: Int, replyingTo message: SimulatedMessage) throws -> Result {
        var result = Result(status: status, rawBody: answer, replyXML: nil, reply: nil, wasEncrypted: false)
        guard status == 200, !answer.isEmpty, answer != "success" else { return result }
        let tree = try XMLTreeDecoder.parse(answer)
        var clear = answer
        if let encrypt = tree["Encrypt"] {
            guard let crypto else { throw WeChatBotCLIError.badReply("an encrypted reply, but no EncodingAESKey") }
            guard let timestamp = tree["TimeStamp"], let nonce = tree["Nonce"], let signature = tree["MsgSignature"]
            else { throw WeChatBotCLIError.badReply("the envelope lacks TimeStamp, Nonce or MsgSignature") }
            let opened = try crypto.open(
                Array("<xml><Encrypt><![CDATA[\(encrypt)]]></Encrypt></xml>".utf8),
                timestamp: timestamp,
                nonce: nonce,
                msgSignature: signature
            )
            clear = String(decoding: opened.message, as: UTF8.self)
            result.wasEncrypted = true
        } else if target.mode == .safe {
            throw WeChatBotCLIError.badReply("safe mode, but the reply is not encrypted")
        }
        let reply = try Reply(parsing: Array(clear.utf8))
        let clearTree = try XMLTreeDecoder.parse(clear)
        guard clearTree["ToUserName"] == message.fromUserName, clearTree["FromUserName"] == message.toUserName else {
            throw WeChatBotCLIError.badReply("the reply is not addressed back to the sender")
        }
        result.replyXML = clear
        result.reply = reply
        return result
    }

    /// `name=value&…` with values percent-encoded (base64 `+`, `/`, `=` included).
    static func encode(_ query: [(String, String)]) -> String {
        query.map { name, value in
            let encoded = value.utf8.map { byte -> String in
                let isPlain =
                    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "-_.~".utf8.contains(byte)
                return isPlain
                    ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded()
            }
            return name + "=" + encoded.joined()
        }
        .joined(separator: "&")
    }
}

extension String {
    /// A one-digit hex byte padded to two digits.
    fileprivate func leftPadded() -> String {
        count == 1 ? "0" + self : self
    }
}
