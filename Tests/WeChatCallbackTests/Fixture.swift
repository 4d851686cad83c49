import Logging
import Synchronization
import WeChatBot
import WeChatCallback
import WeChatCrypto

/// A logger that drops everything, so test output stays readable.
let quietLogger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

/// The account the tests use: token, EncodingAESKey and appid of the WXBizMsgCrypt sample in WeChat's docs
/// (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html).
enum Fixture {
    static let (token, aesKey, appID) = ("pamtest", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wxb11529c136998cb6")
    static let originalID = "gh_7f083739789a"
    /// The release test's group-1 Official Account, as WeChat publishes it (`ReleaseTestAccount.all`).
    static let releaseTest = (originalID: "gh_3c884a361561", appID: "wx570bc396a51b8ff8")

    /// WeChat's side for the fixture account.
    static let wechat: WeChatPeer = {
        do { return try WeChatPeer(token: token, aesKey: aesKey, appID: appID) } catch { fatalError("\(error)") }
    }()

    /// A text message as WeChat writes it.
    static func text(_ content: String, to originalID: String = originalID, msgID: Int64 = 1_234_567_890_123_456)
        -> [UInt8]
    {
        let xml = WeChatPeer.textMessage(
            content, to: originalID, from: "oUser", msgID: msgID, createTime: 1_714_112_445)
        return Array(xml.utf8)
    }
}

/// A wall clock the test sets, in Unix seconds.
final class WallClock: Sendable {
    private let seconds: Mutex<Int64>

    init(_ seconds: Int64) { self.seconds = Mutex(seconds) }

    var now: Int64 { seconds.withLock { $0 } }

    func advance(by seconds: Int64) { self.seconds.withLock { $0 += seconds } }
}

/// Counts the messages a bot's handler ran for.
final class HandledCount: Sendable {
    private let count = Mutex(0)

    var value: Int { count.withLock { $0 } }

    func increment() { count.withLock { $0 += 1 } }
}

extension CallbackEndpoint {
    /// Answers `request` as it would arrive over HTTP.
    func respond(
        to request: WeChatPeer.SignedRequest,
        method: CallbackRequest.Method = .post,
        component: String? = nil,
        authorizer: String? = nil
    ) async -> CallbackResponse {
        await respond(
            to: CallbackRequest(
                method: method, query: request.query, body: request.body, componentAppID: component,
                authorizerAppID: authorizer))
    }
}

/// Runs `body` while `bot`'s background work runs (as `WeChatBotService` would), then stops it.
func withBackgroundWork(of bot: Bot, _ body: () async throws -> Void) async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await bot.backgroundWork.run() }
        do {
            try await body()
        } catch {
            bot.backgroundWork.finish()
            throw error
        }
        bot.backgroundWork.finish()
        try await group.waitForAll()
    }
}
