import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import Testing
import WeChatAPI
import WeChatAPITesting
import WeChatCallback
import WeChatStoreSQLite

@testable import PlatformBot

/// The platform the tests play: the fake API's component (with a callback token and key of our own), a second
/// configured component the fake does not know, and an authorizer.
enum PlatformTestKit {
    static let fake = FakeWeChatAPI.Configuration()
    static let componentAppID = fake.componentAppID
    static let token = "platformbottoken"
    static let aesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    static let secondComponentAppID = "wxsecondcomponent01"
    static let authorizerAppID = "wxauthorizer000001"
    static let quiet = Logger(label: "PlatformBotTests") { _ in SwiftLogNoOpLogHandler() }

    /// `WECHAT_COMPONENTS`: the fake's platform and a second one.
    static var componentsJSON: String {
        """
        [{"appID":"\(componentAppID)","secret":"\(fake.componentSecret)","token":"\(token)","aesKey":"\(aesKey)"},
         {"appID":"\(secondComponentAppID)","secret":"second-secret","token":"secondtoken","aesKey":"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg"}]
        """
    }

    /// Settings for a server on a free port talking to `apiBaseURL`.
    static func settings(apiBaseURL: String, publicURL: String? = nil) throws -> PlatformBotSettings {
        var environment = ["WECHAT_COMPONENTS": componentsJSON, "WECHAT_PORT": "0", "WECHAT_API_BASE_URL": apiBaseURL]
        environment["WECHAT_PUBLIC_URL"] = publicURL
        return try PlatformBotSettings(arguments: [], environment: environment)
    }

    /// A new empty folder under the system temp dir.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("platformbot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Polls `condition` every 20 ms for up to `timeout`; returns whether it became true.
    static func eventually(timeout: Duration = .seconds(15), _ condition: () async throws -> Bool) async rethrows
        -> Bool
    {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return try await condition()
    }

    /// Calls of `path` the fake answered successfully.
    static func successfulCalls(_ fake: FakeWeChatAPI, _ path: String) -> [RecordedCall] {
        fake.calls(path: path).filter { $0.status == 200 && $0.errcode == 0 }
    }
}

/// WeChat's side of the platform's callback URLs (``WeChatCallback/WeChatPeer`` with the platform's keys).
enum WeChatPush {
    static let wechat: WeChatPeer = {
        do {
            return try WeChatPeer(
                token: PlatformTestKit.token, aesKey: PlatformTestKit.aesKey, appID: PlatformTestKit.componentAppID)
        } catch {
            fatalError("the test platform's keys are valid: \(error)")
        }
    }()

    /// The query and body of an encrypted POST of `xml` in `envelope`.
    static func seal(_ xml: String, envelope: WeChatPeer.Envelope) throws -> (query: String, body: String) {
        let signed = try wechat.sealed(Array(xml.utf8), envelope: envelope)
        return (signed.queryString, String(decoding: signed.body, as: UTF8.self))
    }

    /// The plaintext of a sealed reply (verified and opened), or `nil` when it is not sealed.
    static func open(_ reply: String) throws -> String? {
        let opened = try wechat.openReply(Array(reply.utf8))
        return opened.wasSealed ? String(decoding: opened.clear, as: UTF8.self) : nil
    }

    static func ticket(_ ticket: String) -> String {
        WeChatPeer.ticketNotice(ticket, componentAppID: PlatformTestKit.componentAppID)
    }

    static func authorized(_ authorizerAppID: String, code: String) -> String {
        WeChatPeer.authorizedNotice(authorizerAppID, code: code, componentAppID: PlatformTestKit.componentAppID)
    }

    static func text(
        _ content: String, to originalID: String, from openID: String, messageID: Int64 = .random(in: 1...Int64.max)
    ) -> String {
        WeChatPeer.textMessage(content, to: originalID, from: openID, msgID: messageID)
    }
}

/// An HTTP answer as the tests look at it.
struct PageAnswer: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: String

    /// The first value of the header `name`.
    func header(_ name: String) -> String? { headers[name].first }
}

/// A client for a platform server at `baseURL` that does not follow redirects.
struct PlatformClient: Sendable {
    let baseURL: String
    let http: HTTPClient

    func get(_ path: String, headers: [(String, String)] = []) async throws -> PageAnswer {
        var request = HTTPClientRequest(url: baseURL + path)
        request.headers.add(contentsOf: headers)
        return try await send(request)
    }

    /// POSTs a sealed notice to the authorization-event URL.
    func pushNotice(_ xml: String) async throws -> PageAnswer {
        let (query, body) = try WeChatPush.seal(xml, envelope: .appID(PlatformTestKit.componentAppID))
        return try await post("/wechat/platform/events?" + query, body: body)
    }

    /// POSTs a sealed user message to `authorizerAppID`'s message URL.
    func pushMessage(_ xml: String, authorizerAppID: String, originalID: String) async throws -> PageAnswer {
        let (query, body) = try WeChatPush.seal(xml, envelope: .toUserName(originalID))
        return try await post(
            "/wechat/platform/\(PlatformTestKit.componentAppID)/\(authorizerAppID)?" + query, body: body)
    }

    private func post(_ path: String, body: String) async throws -> PageAnswer {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "text/xml")
        request.body = .bytes(ByteBuffer(string: body))
        return try await send(request)
    }

    private func send(_ request: HTTPClientRequest) async throws -> PageAnswer {
        let response = try await http.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        return PageAnswer(status: Int(response.status.code), headers: response.headers, body: String(buffer: body))
    }

    /// Runs `body` with a client that does not follow redirects.
    static func with<Result: Sendable>(baseURL: String, _ body: (PlatformClient) async throws -> Result) async throws
        -> Result
    {
        let http = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: HTTPClient.Configuration(redirectConfiguration: .disallow)
        )
        do {
            let result = try await body(PlatformClient(baseURL: baseURL, http: http))
            try await http.shutdown()
            return result
        } catch {
            try? await http.shutdown()
            throw error
        }
    }
}

/// A PlatformBot server run in-process, on a free port, against the fake WeChat API.
struct InProcessPlatform: Sendable {
    let client: PlatformClient
    let platform: PlatformCredentials
    let port: Int

    /// Runs the server (on `stores`, or a fresh SQLite file) for `body`, then shuts it down gracefully.
    static func run<Result: Sendable>(
        fake: FakeWeChatAPI,
        stores: PlatformBotServer.Stores? = nil,
        publicURL: String? = nil,
        _ body: @Sendable (InProcessPlatform) async throws -> Result
    ) async throws -> Result {
        var sqlite: SQLiteStore?
        let chosen: PlatformBotServer.Stores
        if let stores {
            chosen = stores
        } else {
            let store = try await SQLiteStore.open(
                .init(path: try PlatformTestKit.temporaryDirectory().appendingPathComponent("platform.sqlite").path),
                logger: PlatformTestKit.quiet
            )
            sqlite = store
            chosen = .init(credentials: store, deduplication: store, sessions: store)
        }
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let server = try PlatformBotServer(
            settings: PlatformTestKit.settings(apiBaseURL: fake.baseURL, publicURL: publicURL),
            stores: chosen,
            logger: PlatformTestKit.quiet
        ) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [server.application], logger: PlatformTestKit.quiet))
        let result = try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let outcome: Result
            do {
                outcome = try await PlatformClient.with(baseURL: "http://127.0.0.1:\(port)") { client in
                    try await body(InProcessPlatform(client: client, platform: server.platform, port: port))
                }
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return outcome
        }
        try await sqlite?.close()
        return result
    }

    /// A fake WeChat API and a server whose platform already holds the fake's verify ticket.
    static func withTicket(_ body: @Sendable @escaping (FakeWeChatAPI, InProcessPlatform) async throws -> Void)
        async throws
    {
        try await FakeWeChatAPI.withRunning(logger: PlatformTestKit.quiet) { fake in
            try await run(fake: fake) { server in
                try await server.platform.receiveVerifyTicket(
                    fake.pushVerifyTicket(), componentAppID: PlatformTestKit.componentAppID)
                try await body(fake, server)
            }
        }
    }
}
