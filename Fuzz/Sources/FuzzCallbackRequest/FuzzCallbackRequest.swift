import CFuzzerDriver
import Dispatch
import FuzzSupport
import Hummingbird
import Logging
import Synchronization
import WeChatBot
import WeChatCallback
import WeChatHummingbird
import WeChatMessages

/// A fixed account (WeChat's encryption sample V7: its token, key and appid; WeChatCrypto: “The AES envelope”)
/// in plain, compatible and safe mode.
enum Fixture {
    static let token = "pamtest"
    static let aesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    static let appID = "wxb11529c136998cb6"
    static let timestamp = "1409304348"
    static let nonce = "xxxxxx"
    static let path = "/wechat"
    /// Smaller than libFuzzer's 8 KiB inputs, so raw bodies can be too large.
    static let maximumBodyBytes = 6144
    static let randomPrefix = Array("aaaabbbbccccdddd".utf8)
}

/// WeChat's side of the fixture account: signs, seals and opens.
let wechat = try! WeChatPeer(token: Fixture.token, aesKey: Fixture.aesKey, appID: Fixture.appID)

/// A bot answering most kinds with a reply, so rendering and sealing run too; its keyword, prefix and fragment
/// rules read every text before the echo does. (No regex rule: building a Swift `Regex` leaks its parse tree
/// inside `_StringProcessing`, which LeakSanitizer reports when the run ends.)
let bot = Bot(configuration: Bot.Configuration(logger: .discarding(label: "FuzzCallbackRequest.bot"))) {
    On(.text("help")) { _, _ in .text("help") }
    On(.text(prefix: "菜单")) { _, _ in .text("menu") }
    On(.text(prefix: "#")) { text, _ in .text(String(text.content.dropFirst())) }
    On(.text(contains: "客服")) { _, _ in .transferToCustomerService() }
    On(.text(contains: "a\u{301}")) { _, _ in .text("combining") }
    On(.click(keyPrefix: "MENU_")) { click, _ in .text("menu:" + click.eventKey) }
    On(.text) { text, _ in .text(text.content) }
    On(.image) { image, _ in .image(mediaID: image.mediaID) }
    On(.voice) { voice, _ in .voice(mediaID: voice.mediaID) }
    On(.video) { video, _ in .video(mediaID: video.mediaID) }
    On(.location) { location, _ in .text(location.label) }
    On(.link) { link, _ in .news([Article(title: link.title, description: link.description, url: link.url)]) }
    On(.subscribe) { _, _ in .text("welcome") }
    On(.click) { click, _ in .text("click:" + click.eventKey) }
}

/// The callback URL exactly as a server mounts it, built once.
let responder: RouterResponder<FuzzRequestContext> = {
    let router = Router(context: FuzzRequestContext.self)
    router.addWeChatBot(
        bot,
        at: Fixture.path,
        account: try! WeChatAccount(
            token: Fixture.token, aesKey: Fixture.aesKey, appID: Fixture.appID, mode: .compatible),
        configuration: WeChatEndpointConfiguration(
            maximumBodyBytes: Fixture.maximumBodyBytes,
            timestampWindow: nil,
            logger: .discarding(label: "FuzzCallbackRequest")
        )
    )
    return router.buildResponder()
}()
let requestLogger = Logger.discarding(label: "FuzzCallbackRequest.request")

/// What the input asks the harness to send; the first byte's low two bits pick it.
enum Shape {
    /// The rest is `query\nbody`, sent as they are (bit 2: GET instead of POST).
    case raw
    /// The rest is a body, sent as a POST with a correct plain signature.
    case signedPlain
    /// The rest is a clear message, sealed with the account's key and POSTed with the right `msg_signature`.
    case sealed
    /// The rest is an `echostr` of a verification GET, plain or (bit 2) encrypted, correctly signed.
    case verification
}

/// One request built from a fuzz input, and what its answer may be.
struct Exchange {
    var method: HTTPRequest.Method
    var query: String
    var body: [UInt8]
    var declaresLength: Bool
    /// The exact body a verification must echo; `nil` for other requests.
    var echo: [UInt8]?
    /// Whether the harness signed the request correctly (so 401 is wrong).
    var isSigned: Bool
    /// Whether replies are sealed envelopes.
    var isSealed: Bool

    init(_ input: UnsafeBufferPointer<UInt8>) {
        let selector = input.first ?? 0
        let rest = input.dropFirst()
        let flag = selector & 0b100 != 0
        declaresLength = selector & 0b1000 != 0
        method = .post
        echo = nil
        isSigned = true
        isSealed = false
        switch [Shape.raw, .signedPlain, .sealed, .verification][Int(selector & 0b11)] {
        case .raw:
            let newline = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            method = flag ? .get : .post
            query = Self.requestTarget(rest[..<newline])
            body = Array(rest[newline...].dropFirst())
            isSigned = false
        case .signedPlain:
            let signed = wechat.plain(Array(rest), timestamp: Fixture.timestamp, nonce: Fixture.nonce, openID: "oUser")
            (query, body) = (signed.queryString, signed.body)
        case .sealed:
            let signed = Self.sealing {
                try wechat.sealed(
                    Array(rest), envelope: .toUserName("gh_fuzz"), timestamp: Fixture.timestamp, nonce: Fixture.nonce,
                    openID: "oUser", randomPrefix: Fixture.randomPrefix)
            }
            (query, body) = (signed.queryString, signed.body)
            isSealed = true
        case .verification:
            method = .get
            body = []
            let signed =
                flag
                ? Self.sealing {
                    try wechat.sealedVerification(
                        echo: Array(rest), timestamp: Fixture.timestamp, nonce: Fixture.nonce,
                        randomPrefix: Fixture.randomPrefix)
                }
                : wechat.verification(
                    echo: String(decoding: rest, as: UTF8.self), timestamp: Fixture.timestamp, nonce: Fixture.nonce)
            query = signed.queryString
            echo = Array(String(decoding: rest, as: UTF8.self).utf8)
        }
    }

    /// The request as the HTTP server hands it to the router.
    var request: Request {
        var fields = HTTPFields()
        if declaresLength { fields[.contentLength] = "\(body.count)" }
        let head = HTTPRequest(
            method: method,
            scheme: "http",
            authority: "127.0.0.1",
            path: Fixture.path + "?" + query,
            headerFields: fields
        )
        return Request(head: head, body: RequestBody(buffer: ByteBuffer(bytes: body)))
    }

    /// Fuzzed query bytes as a client puts them on the request line: only what an HTTP parser refuses there
    /// (controls, space, non-ASCII, `"#<>\^`{|}`) is escaped; `%`, `&`, `=`, `+` stay raw.
    private static func requestTarget(_ bytes: some Collection<UInt8>) -> String {
        bytes.map { byte in
            let refused = byte <= 0x20 || byte >= 0x7F || refusedInTarget.contains(byte)
            return refused ? percentEscape(byte) : String(UnicodeScalar(byte))
        }.joined()
    }

    private static let refusedInTarget = Set("\"#<>\\^`{|}".utf8)

    private static func percentEscape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }

    /// The request `build` signs; sealing a fuzz input cannot fail with the fixture's valid key.
    private static func sealing(_ build: () throws -> WeChatPeer.SignedRequest) -> WeChatPeer.SignedRequest {
        do {
            return try build()
        } catch {
            preconditionFailure("sealing failed: \(error)")
        }
    }
}

/// An HTTP answer as the client would read it.
struct Answer: Sendable {
    var status: Int
    var isXML: Bool
    var body: [UInt8]
}

/// Runs `operation` to completion from libFuzzer's synchronous callback.
func waitFor(_ operation: @escaping @Sendable () async -> Answer) -> Answer {
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Task {
        let answer = await operation()
        outcome.answer.withLock { $0 = answer }
        done.signal()
    }
    done.wait()
    return outcome.answer.withLock { $0! }
}

/// Where the task leaves its answer for the waiting callback.
final class Outcome: Sendable {
    let answer = Mutex<Answer?>(nil)
}

/// libFuzzer entry point: the input becomes one callback request (see ``Shape``), answered in process by the
/// responder a server would run. Nothing may crash or answer 5xx; the status is one the endpoint documents
/// (200, 400, 401, 409 for a replay, 413), 413 exactly for POST bodies over the limit, 401 never for a correctly signed request;
/// a verification echoes exactly its `echostr`; every XML reply parses (after opening, when sealed).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCallbackRequest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let exchange = Exchange(UnsafeBufferPointer(start: data, count: size))
    let request = exchange.request
    let answer = waitFor {
        do {
            let context = FuzzRequestContext(source: .init(logger: requestLogger))
            let response = try await responder.respond(to: request, context: context)
            let isXML = response.headers[.contentType]?.hasPrefix("application/xml") == true
            return Answer(status: response.status.code, isXML: isXML, body: try await CollectedBody.of(response))
        } catch {
            preconditionFailure("the responder threw: \(error)")
        }
    }
    check(answer, for: exchange)
    return 0
}

/// The invariants of one answer.
func check(_ answer: Answer, for exchange: Exchange) {
    precondition([200, 400, 401, 409, 413].contains(answer.status), "undocumented status \(answer.status)")
    let tooLarge = exchange.method == .post && exchange.body.count > Fixture.maximumBodyBytes
    precondition((answer.status == 413) == tooLarge, "status \(answer.status) for a \(exchange.body.count)-byte body")
    precondition(!(exchange.isSigned && answer.status == 401), "a correctly signed request was refused 401")
    if let echo = exchange.echo {
        precondition(answer.status == 200 && answer.body == echo, "verification did not echo its echostr")
    }
    guard answer.status == 200, answer.isXML else { return }
    var reply = answer.body
    if exchange.isSealed {
        do {
            let opened = try wechat.openReply(answer.body)
            precondition(opened.wasSealed, "a reply to a sealed request is not sealed")
            reply = opened.clear
        } catch {
            preconditionFailure("a sealed reply does not open: \(error)")
        }
    }
    do {
        _ = try Reply(parsing: reply)
    } catch {
        preconditionFailure("an XML reply does not parse: \(error)")
    }
}

/// The executable's entry point (SwiftPM links `main` to `FuzzCallbackRequest_main`): starts the bot's
/// background work for the whole run, then hands control to libFuzzer.
@_cdecl("FuzzCallbackRequest_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    Task.detached { await bot.backgroundWork.run() }
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzCallbackRequest(data, size) }
}
