import NIOHTTP1
import Testing
import WeChatBot
import WeChatBotTesting
import WeChatHummingbird
import WeChatMessages

@Suite("The reply deadline")
struct DeadlineTests {
    /// A bot whose text handler takes `delay` before answering.
    static func slowBot(delay: Duration, sender: RecordingCustomerServiceSender) -> Bot {
        Bot(configuration: .init(logger: quietLogger, customerService: sender)) {
            On(.text) { text, _ in
                try await Task.sleep(for: delay)
                return .text("late: " + text.content)
            }
        }
    }

    @Test("a slow handler gets success at the deadline and its reply is delivered once through customer service")
    func lateReply() async throws {
        let sender = RecordingCustomerServiceSender()
        let registry = PrometheusRegistryProbe()
        try await TestServer(accounts: [Fixture.account()], deadline: .milliseconds(200), registry: registry.registry)
            .run(Self.slowBot(delay: .milliseconds(800), sender: sender)) { client, _ async throws in
                let answer = try await client.post(Fixture.text("slow"), mode: .safe)
                #expect(answer.status == 200)
                #expect(answer.body == "success")
                #expect(sender.deliveries.isEmpty)
                try await eventually { !sender.deliveries.isEmpty }
                #expect(sender.deliveries.count == 1)
                let delivery = try #require(sender.deliveries.first)
                #expect(delivery.message == .text("late: slow"))
                #expect(delivery.openID == Fixture.openID)
                #expect(delivery.account.appID == Fixture.appID)
                #expect(registry.value(of: "wechat_deadline_misses_total") == 1)
                #expect(registry.value(of: "wechat_late_replies_sent_total") == 1)
            }
        #expect(sender.deliveries.count == 1)
    }

    @Test(
        "a slow message delivered twice (WeChat's retry, at once or after the first answer) is sent late once",
        arguments: [true, false])
    func lateReplyOnceForRetries(concurrently: Bool) async throws {
        let sender = RecordingCustomerServiceSender()
        try await TestServer(accounts: [Fixture.account()], deadline: .milliseconds(200))
            .run(Self.slowBot(delay: .milliseconds(800), sender: sender)) { client, _ async throws in
                let answers: [Answer]
                if concurrently {
                    async let first = client.post(Fixture.text("slow"), mode: .safe)
                    async let second = client.post(Fixture.text("slow"), mode: .safe)
                    answers = try await [first, second]
                } else {
                    answers = [
                        try await client.post(Fixture.text("slow"), mode: .safe),
                        try await client.post(Fixture.text("slow"), mode: .safe),
                    ]
                }
                #expect(answers.map(\.status) == [200, 200])
                // A copy that got the reply within its own deadline (the retry, on a slow machine) answers it
                // passively; at least one copy missed the deadline and leaves the reply to customer service.
                #expect(answers.contains { $0.body == "success" })
                try await eventually { !sender.deliveries.isEmpty }
            }
        #expect(sender.deliveries.map(\.message) == [.text("late: slow")])
    }

    @Test("a late reply whose sender fails outside the WeChat API (a store error) is retried and sent once")
    func lateReplyRetried() async throws {
        let sender = RecordingCustomerServiceSender(failingFirst: 2)
        try await TestServer(accounts: [Fixture.account()], deadline: .milliseconds(200))
            .run(Self.slowBot(delay: .milliseconds(400), sender: sender)) { client, _ async throws in
                #expect(try await client.post(Fixture.text("slow"), mode: .safe).body == "success")
                try await eventually { !sender.deliveries.isEmpty }
            }
        #expect(sender.attempts == 3)
        #expect(sender.deliveries.map(\.message) == [.text("late: slow")])
    }

    @Test("a fast handler answers passively and sends nothing late")
    func inTime() async throws {
        let sender = RecordingCustomerServiceSender()
        try await TestServer(accounts: [Fixture.account()], deadline: .seconds(3))
            .run(Self.slowBot(delay: .milliseconds(10), sender: sender)) { client, _ async throws in
                #expect(try await client.reply(to: Fixture.text("quick"), mode: .plain) == .text("late: quick"))
            }
        #expect(sender.deliveries.isEmpty)
    }

    @Test("the release test's QUERY_AUTH_CODE step answers a zero-length 200 body")
    func emptyBody() async throws {
        let redeemer = RecordingAuthorizationCodeRedeemer()
        let bot = Bot(configuration: .init(logger: quietLogger, authorizationCodeRedeemer: redeemer)) {
            On(.text) { _, _ in .text("not this") }
        }
        let component = try WeChatAccount(token: Fixture.token, aesKey: Fixture.aesKey, appID: Fixture.appID)
        try await TestServer(accounts: [], components: [component]).run(bot) { client, _ async throws in
            let xml = Fixture.text("QUERY_AUTH_CODE:queryauthcode@@@abc").replacing(
                Fixture.originalID, with: "gh_3c884a361561")
            let answer = try await client.post(
                xml, mode: .safe, path: "/wechat/platform/\(Fixture.appID)/wx570bc396a51b8ff8")
            #expect(answer.status == 200)
            #expect(answer.body.isEmpty)
            try await eventually { !redeemer.sender.deliveries.isEmpty }
            #expect(redeemer.redeemedCodes == ["queryauthcode@@@abc"])
            #expect(redeemer.sender.deliveries.first?.message == .text("queryauthcode@@@abc_from_api"))
        }
    }
}
