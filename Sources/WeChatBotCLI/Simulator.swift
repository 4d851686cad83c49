public import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import WeChatCallback
public import WeChatMessages

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
    private let wechat: WeChatPeer

    /// A simulator for `target`, sending with `httpClient`; throws when the token or key is malformed or
    /// an encrypted mode lacks a key.
    public init(target: Target, httpClient: HTTPClient) throws {
        guard target.mode == .plain || target.aesKey != nil else {
            throw WeChatBotCLIError.invalidSetting("--aes-key", "\(target.mode.rawValue) mode needs an EncodingAESKey")
        }
        self.target = target
        self.httpClient = httpClient
        wechat = try WeChatPeer(token: target.token, aesKey: target.aesKey, appID: target.appID)
    }

    /// Signs (and encrypts) `message`, posts it, and checks and opens the answer.
    public func send(_ message: SimulatedMessage) async throws -> Result {
        let xml = Array(message.xml.utf8)
        let signed =
            switch target.mode {
            case .plain: wechat.plain(xml, openID: message.fromUserName)
            case .compatible: try wechat.sealed(xml, envelope: .clearAndEncrypted, openID: message.fromUserName)
            case .safe: try wechat.sealed(xml, envelope: .toUserName(message.toUserName), openID: message.fromUserName)
            }
        var request = HTTPClientRequest(url: target.url + (target.url.contains("?") ? "&" : "?") + signed.queryString)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/xml; charset=utf-8")
        request.body = .bytes(ByteBuffer(bytes: signed.body))
        let response = try await httpClient.execute(request, timeout: .seconds(10))
        let answer = String(buffer: try await response.body.collect(upTo: 4 << 20))
        return try open(answer, status: Int(response.status.code), replyingTo: message)
    }

    private func open(_ answer: String, status: Int, replyingTo message: SimulatedMessage) throws -> Result {
        var result = Result(status: status, rawBody: answer, replyXML: nil, reply: nil, wasEncrypted: false)
        guard status == 200, !answer.isEmpty, answer != "success" else { return result }
        let opened = try wechat.openReply(Array(answer.utf8))
        guard opened.wasSealed || target.mode != .safe else {
            throw WeChatBotCLIError.badReply("safe mode, but the reply is not encrypted")
        }
        let clear = String(decoding: opened.clear, as: UTF8.self)
        result.wasEncrypted = opened.wasSealed
        let reply = try Reply(parsing: opened.clear)
        let clearTree = try XMLTreeDecoder.parse(clear)
        guard clearTree["ToUserName"] == message.fromUserName, clearTree["FromUserName"] == message.toUserName else {
            throw WeChatBotCLIError.badReply("the reply is not addressed back to the sender")
        }
        result.replyXML = clear
        result.reply = reply
        return result
    }
}
