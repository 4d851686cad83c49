import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import WeChatBot
import Synchronization
import WeChatAPITesting
import WeChatCallback

/// The HTTP side of the run: `senders` concurrent tasks posting sealed text messages at a steady overall
/// rate, each with a unique `MsgId`. About 2 % are `slow:<id>` and 0.5 % release-test `QUERY_AUTH_CODE:<code>`
/// (codes minted at the fake); both are delivered TWICE, as WeChat's retry: every other one concurrently,
/// the rest right after the first answer.
struct LoadDriver: Sendable {
    let http: HTTPClient
    let baseURL: String
    let side: WeChatSide
    let fake: FakeWeChatAPI
    let ledger: RunLedger
    let rate: Int
    let senders: Int

    /// What message number `sequence` is.
    static func kind(of sequence: Int) -> RunLedger.Kind {
        if sequence % 50 == 25 { return .slow }
        if sequence % 200 == 13 { return .releaseTest }
        return .echo
    }

    /// Runs the senders from `start` until `end`; returns the number of messages sent (retries not counted).
    func run(from start: ContinuousClock.Instant, until end: ContinuousClock.Instant) async -> Int {
        let counters = Counters()
        await withDiscardingTaskGroup { group in
            for _ in 0..<senders {
                group.addTask {
                    while true {
                        let sequence = counters.next.add(1, ordering: .relaxed).oldValue
                        let due = start + .microseconds(Int64(sequence) * 1_000_000 / Int64(rate))
                        guard due < end else { return }
                        try? await Task.sleep(until: due)
                        await deliver(sequence)
                        counters.sent.add(1, ordering: .relaxed)
                    }
                }
            }
        }
        return counters.sent.load(ordering: .relaxed)
    }

    /// The next message number and the number of messages sent, shared by the senders.
    private final class Counters: Sendable {
        let next = Atomic<Int>(0)
        let sent = Atomic<Int>(0)
    }

    private func deliver(_ sequence: Int) async {
        let messageID = 7_000_000_000_000_000_000 + Int64(sequence)
        let user = "o_faultrun_user_\(sequence % 997)"
        switch Self.kind(of: sequence) {
        case .echo:
            let content = "echo:\(sequence)"
            let xml = WeChatSide.text(content, to: FaultPlatform.authorizer.originalID, from: user, messageID: messageID)
            let outcome = await post(xml, to: FaultPlatform.authorizer, kind: .echo, expecting: content)
            if case .answered(200, .success) = outcome { ledger.owe(content, for: .echo) }
        case .slow:
            let content = FaultBotText.slowPrefix + "\(sequence)"
            ledger.owe(FaultBotText.lateReply(to: content), for: .slow)
            let xml = WeChatSide.text(content, to: FaultPlatform.authorizer.originalID, from: user, messageID: messageID)
            await twice(concurrently: sequence % 100 < 50) {
                _ = await post(xml, to: FaultPlatform.authorizer, kind: .slow, expecting: FaultBotText.lateReply(to: content))
            }
        case .releaseTest:
            let account = FaultPlatform.testAccount
            let code = fake.mintAuthorizationCode(authorizerAppID: account.appID!)
            ledger.owe(code + "_from_api", for: .releaseTest)
            let xml = WeChatSide.text("QUERY_AUTH_CODE:" + code, to: account.originalID, from: user, messageID: messageID)
            await twice(concurrently: sequence % 400 < 200) {
                _ = await post(xml, to: (account.appID!, account.originalID), kind: .releaseTest, expecting: nil)
            }
        }
    }

    private func twice(concurrently: Bool, _ send: @escaping @Sendable () async -> Void) async {
        if concurrently {
            async let first: Void = send()
            async let second: Void = send()
            _ = await (first, second)
        } else {
            await send()
            await send()
        }
    }

    /// Posts `xml` to the authorizer's message URL and records the outcome; `expecting` is the text a
    /// passive reply must carry (`nil`: the answer must be an empty body).
    @discardableResult
    private func post(
        _ xml: String, to account: (appID: String, originalID: String), kind: RunLedger.Kind, expecting: String?
    ) async -> RunLedger.Outcome {
        let started = ContinuousClock.now
        let outcome: RunLedger.Outcome
        do {
            let (query, body) = try side.seal(xml, envelope: .toUserName(account.originalID))
            var request = HTTPClientRequest(
                url: "\(baseURL)/wechat/platform/\(side.componentAppID)/\(account.appID)?\(query)")
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "text/xml")
            request.body = .bytes(ByteBuffer(string: body))
            let response = try await http.execute(request, timeout: .seconds(15))
            let text = String(buffer: try await response.body.collect(upTo: 1 << 20))
            outcome = .answered(status: Int(response.status.code), body: classify(text, status: response.status.code, expecting: expecting))
        } catch {
            outcome = .transportError("\(error)")
        }
        ledger.record(.init(kind: kind, started: started, ended: .now, outcome: outcome))
        return outcome
    }

    private func classify(_ text: String, status: UInt, expecting: String?) -> RunLedger.Body {
        guard status == 200 else { return .other }
        if text == "success" { return .success }
        if text.isEmpty { return .empty }
        guard let opened = try? side.open(text) else { return .other }
        guard let expecting else { return .wrongReply }
        return opened.contains("<Content><![CDATA[\(expecting)]]></Content>") ? .expectedReply : .wrongReply
    }
}
