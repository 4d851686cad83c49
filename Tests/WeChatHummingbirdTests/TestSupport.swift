import AsyncHTTPClient
import Logging
import NIOCore
import NIOHTTP1
import Prometheus
import ServiceLifecycle
import Testing
import WeChatBot
import WeChatCrypto
import WeChatHummingbird
import WeChatMessages

/// A logger that drops everything, so test output stays readable.
let quietLogger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

/// The account most tests use (the official V5 key, 43×`A`; token `AAAAA`).
enum Fixture {
    static let token = "AAAAA"
    static let aesKey = String(repeating: "A", count: 43)
    static let appID = "wxba5fad812f8e6fb9"
    static let originalID = "gh_97417a04a28d"
    static let openID = "o9AgO5Kd5ggOC-bXrbNODIiE3bGY"

    /// WeChat's side of the fixture account, with `appID` as the receive id.
    static func wechat(appID: String = Fixture.appID) throws -> WeChatPeer {
        try WeChatPeer(token: token, aesKey: aesKey, appID: appID)
    }

    /// The fixture account; compatible mode by default, so tests can post in every mode.
    static func account(mode: CallbackMode? = .compatible, aesKey: String? = Fixture.aesKey) throws -> WeChatAccount {
        try WeChatAccount(token: token, aesKey: aesKey, appID: appID, mode: aesKey == nil ? nil : mode)
    }

    /// A user message as WeChat writes it.
    static func message(_ type: String, _ fields: String, msgID: Int64 = 1_234_567_890_123_456) -> String {
        "<xml><ToUserName><![CDATA[\(originalID)]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>"
            + "<CreateTime>1714112445</CreateTime><MsgType><![CDATA[\(type)]]></MsgType>\(fields)<MsgId>\(msgID)</MsgId></xml>"
    }

    /// An event as WeChat writes it.
    static func event(_ name: String, _ fields: String = "", createTime: Int64 = 1_714_112_445) -> String {
        "<xml><ToUserName><![CDATA[\(originalID)]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>"
            + "<CreateTime>\(createTime)</CreateTime><MsgType><![CDATA[event]]></MsgType>"
            + "<Event><![CDATA[\(name)]]></Event>\(fields)</xml>"
    }

    /// A text message; a `]]>` in `content` is split across two CDATA sections as WeChat does.
    static func text(_ content: String, msgID: Int64 = 1_234_567_890_123_456) -> String {
        let escaped = content.replacing("]]>", with: "]]]]><![CDATA[>")
        return message("text", "<Content><![CDATA[\(escaped)]]></Content>", msgID: msgID)
    }
}

/// How a test sends a POST, as the WeChat console's encryption setting would.
enum SendMode: String, CaseIterable, Sendable {
    case plain, compatible, safe
}

/// An HTTP answer.
struct Answer: Sendable {
    var status: Int
    var body: String
    var headers: HTTPHeaders = [:]
}

/// Signs, encrypts and posts like WeChat (through ``WeChatPeer``), over a real socket.
struct WeChatTestClient: Sendable {
    let port: Int
    /// Seals requests and opens replies; the fixture account's keys unless a test swaps them.
    var wechat: WeChatPeer

    /// Sends a raw request.
    func request(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String)] = [],
        body: String? = nil,
        headers: [(String, String)] = []
    ) async throws -> Answer {
        let encoded = WeChatPeer.percentEncodedQuery(query.map { (name: $0, value: $1) })
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)" + (encoded.isEmpty ? "" : "?" + encoded))
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        return Answer(
            status: Int(response.status.code), body: String(buffer: try await response.body.collect(upTo: 8 << 20)),
            headers: response.headers)
    }

    /// Sends a request WeChat's side signed.
    func send(_ signed: WeChatPeer.SignedRequest, to path: String) async throws -> Answer {
        try await request(
            .POST, path, query: signed.queryItems.map { ($0.name, $0.value) },
            body: String(decoding: signed.body, as: UTF8.self))
    }

    /// The query of a plain POST signed now (with `msg_signature` over `encrypt` when given).
    func signedQuery(nonce: String = "415670741", encrypt: String? = nil) -> [(String, String)] {
        wechat.signedQuery(encrypt: encrypt, nonce: nonce, openID: Fixture.openID).map { ($0.name, $0.value) }
    }

    /// Posts `xml` in `mode` to `path` and returns the answer.
    func post(
        _ xml: String,
        mode: SendMode,
        path: String = "/wechat",
        timestamp: String = WeChatPeer.timestampNow(),
        nonce: String = "415670741"
    ) async throws -> Answer {
        let bytes = Array(xml.utf8)
        let signed =
            switch mode {
            case .plain: wechat.plain(bytes, timestamp: timestamp, nonce: nonce, openID: Fixture.openID)
            case .compatible:
                try wechat.sealed(
                    bytes, envelope: .clearAndEncrypted, timestamp: timestamp, nonce: nonce, openID: Fixture.openID)
            case .safe:
                try wechat.sealed(
                    bytes, envelope: .toUserName(Fixture.originalID), timestamp: timestamp, nonce: nonce,
                    openID: Fixture.openID)
            }
        return try await send(signed, to: path)
    }

    /// Verifies and opens a sealed reply; returns the clear XML.
    func open(_ sealed: String) throws -> String {
        let opened = try wechat.openReply(Array(sealed.utf8))
        #expect(opened.wasSealed)
        return String(decoding: opened.clear, as: UTF8.self)
    }

    /// The reply to `xml` in `mode`, opened when sealed (and required to be sealed in encrypted modes).
    func reply(to xml: String, mode: SendMode, path: String = "/wechat") async throws -> Reply {
        let answer = try await post(xml, mode: mode, path: path)
        #expect(answer.status == 200)
        let clear = mode == .plain ? answer.body : try open(answer.body)
        return try Reply(parsing: Array(clear.utf8))
    }
}

extension EncodingAESKey {
    /// `message` encrypted for `appID` with this key (a test helper over ``MessageCipher``).
    func encrypt(_ message: String, appID: String) throws -> String {
        try MessageCipher(key: self, appID: appID).encrypt(Array(message.utf8))
    }
}

/// A running server on 127.0.0.1 with a free port.
struct TestServer {
    var accounts: [WeChatAccount]
    var components: [WeChatAccount] = []
    var deadline: Duration = .milliseconds(4500)
    var maximumBodyBytes = 1 << 20
    var timestampWindow: Duration? = .seconds(300)
    var registry = PrometheusCollectorRegistry()
    var connections = WeChatServer.Connections()
    var onNotice: @Sendable (ComponentNotice) async throws -> Void = { _ in }

    /// Serves `bot` while `body` runs, then shuts down gracefully (in-flight requests finish).
    func run(
        _ bot: Bot,
        _ body: (_ client: WeChatTestClient, _ shutdown: @escaping @Sendable () async -> Void) async throws -> Void
    ) async throws {
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let application = WeChatServer.application(
            bot: bot,
            configuration: .init(
                host: "127.0.0.1",
                port: 0,
                accounts: accounts,
                components: components,
                endpoint: .init(
                    replyDeadline: deadline, maximumBodyBytes: maximumBodyBytes, timestampWindow: timestampWindow,
                    logger: quietLogger),
                connections: connections
            ),
            registry: registry,
            logger: quietLogger,
            onNotice: onNotice,
            onServerRunning: { portContinuation.yield($0) }
        )
        let group = ServiceGroup(configuration: .init(services: [application], logger: quietLogger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            do {
                let client = WeChatTestClient(port: port, wechat: try Fixture.wechat())
                try await body(client) { await group.triggerGracefulShutdown() }
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }
}

/// Waits (polling every 20 ms, up to 10 s) until `condition` holds.
func eventually(_ condition: () -> Bool) async throws {
    for _ in 0..<500 where !condition() {
        try await Task.sleep(for: .milliseconds(20))
    }
}

extension WeChatTestClient {
    /// Sends a body in chunks without a Content-Length (chunked transfer encoding).
    func streamed(_ method: HTTPMethod, _ path: String, query: [(String, String)], chunks: [String]) async throws
        -> Answer
    {
        let encoded = WeChatPeer.percentEncodedQuery(query.map { (name: $0, value: $1) })
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)?\(encoded)")
        request.method = method
        let buffers = chunks.map { ByteBuffer(string: $0) }
        request.body = .stream(buffers.async, length: .unknown)
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        return Answer(
            status: Int(response.status.code), body: String(buffer: try await response.body.collect(upTo: 1 << 20)))
    }
}

extension Array where Element: Sendable {
    /// The elements as an async sequence.
    var async: AsyncStream<Element> {
        AsyncStream { continuation in
            for element in self { continuation.yield(element) }
            continuation.finish()
        }
    }
}
