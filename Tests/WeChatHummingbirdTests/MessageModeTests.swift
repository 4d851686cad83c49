import NIOHTTP1
import Testing
import WeChatBot
import WeChatCrypto
import WeChatHummingbird
import WeChatMessages

@testable import EchoBot

@Suite("Every message kind in plain, compatible and safe mode through EchoBot")
struct MessageModeTests {
    /// Each kind WeChat pushes, typed in as WeChat writes it, with EchoBot's expected reply.
    static let cases: [(name: String, xml: String, reply: Reply)] = [
        ("text", Fixture.text("你好 👋 ]]> <&>"), .text("你好 👋 ]]> <&>")),
        (
            "image",
            Fixture.message(
                "image", "<PicUrl><![CDATA[http://mmbiz.qpic.cn/a.jpg]]></PicUrl><MediaId><![CDATA[img_1]]></MediaId>"),
            .image(mediaID: "img_1")
        ),
        (
            "voice", Fixture.message("voice", "<MediaId><![CDATA[voice_1]]></MediaId><Format><![CDATA[amr]]></Format>"),
            .voice(mediaID: "voice_1")
        ),
        (
            "video",
            Fixture.message(
                "video", "<MediaId><![CDATA[video_1]]></MediaId><ThumbMediaId><![CDATA[t]]></ThumbMediaId>"),
            .video(mediaID: "video_1")
        ),
        (
            "shortvideo",
            Fixture.message(
                "shortvideo", "<MediaId><![CDATA[short_1]]></MediaId><ThumbMediaId><![CDATA[t]]></ThumbMediaId>"),
            .video(mediaID: "short_1")
        ),
        (
            "location",
            Fixture.message(
                "location",
                "<Location_X>23.134521</Location_X><Location_Y>113.358803</Location_Y><Scale>20</Scale><Label><![CDATA[广州塔]]></Label>"
            ), .text("广州塔")
        ),
        (
            "link",
            Fixture.message(
                "link",
                "<Title><![CDATA[T]]></Title><Description><![CDATA[D]]></Description><Url><![CDATA[https://example.com]]></Url>"
            ), .news([Article(title: "T", description: "D", url: "https://example.com")])
        ),
        ("subscribe", Fixture.event("subscribe"), .text("welcome")),
        (
            "subscribe from QR",
            Fixture.event(
                "subscribe", "<EventKey><![CDATA[qrscene_123123]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>"),
            .text("welcome")
        ),
        (
            "scan", Fixture.event("SCAN", "<EventKey><![CDATA[123123]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>"),
            .text("scan:123123")
        ),
        ("click", Fixture.event("CLICK", "<EventKey><![CDATA[EVENTKEY]]></EventKey>"), .text("click:EVENTKEY")),
    ]

    /// Kinds EchoBot does not answer: acknowledged with `success`.
    static let silent: [(name: String, xml: String)] = [
        ("unsubscribe", Fixture.event("unsubscribe")),
        ("view", Fixture.event("VIEW", "<EventKey><![CDATA[www.qq.com]]></EventKey>")),
        (
            "location event",
            Fixture.event(
                "LOCATION",
                "<Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision>")
        ),
        ("unknown kind", Fixture.message("hologram", "<Payload>x</Payload>")),
    ]

    @Test("answered replies are correct in each mode; sealed replies verify and decrypt", arguments: SendMode.allCases)
    func everyKind(mode: SendMode) async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            for (index, testCase) in Self.cases.enumerated() {
                let xml = testCase.xml.replacing("1234567890123456", with: "\(900 + index)")
                let reply = try await client.reply(to: xml, mode: mode)
                #expect(reply == testCase.reply, "\(testCase.name) in \(mode)")
            }
            for testCase in Self.silent {
                let answer = try await client.post(testCase.xml, mode: mode)
                #expect(answer.status == 200)
                #expect(answer.body == "success", "\(testCase.name) in \(mode) is acknowledged in plain text")
            }
        }
    }

    @Test("a sealed reply reuses the request's timestamp and nonce and is addressed back to the sender")
    func sealedReplyShape() async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            let timestamp = WeChatPeer.timestampNow()
            let answer = try await client.post(Fixture.text("hi"), mode: .safe, timestamp: timestamp, nonce: "77777")
            let envelope = try XMLTreeDecoder.parse(answer.body)
            #expect(envelope["TimeStamp"] == timestamp)
            #expect(envelope["Nonce"] == "77777")
            let clear = try XMLTreeDecoder.parse(try client.open(answer.body))
            #expect(clear["ToUserName"] == Fixture.openID)
            #expect(clear["FromUserName"] == Fixture.originalID)
            #expect(clear["Content"] == "hi")
        }
    }

    @Test("safe mode (the default with an EncodingAESKey) refuses plaintext with 400 but answers encrypted messages")
    func safeOnly() async throws {
        try await TestServer(accounts: [Fixture.account(mode: nil)]).run(.echo) { client, _ async throws in
            #expect(try await client.post(Fixture.text("plain"), mode: .plain).status == 400)
            #expect(try await client.reply(to: Fixture.text("sealed", msgID: 5), mode: .safe) == .text("sealed"))
        }
    }

    @Test("a plain-only account refuses encrypted posts with 400")
    func plainOnly() async throws {
        try await TestServer(accounts: [Fixture.account(aesKey: nil)]).run(.echo) { client, _ async throws in
            #expect(try await client.post(Fixture.text("sealed"), mode: .safe).status == 400)
            #expect(try await client.reply(to: Fixture.text("plain", msgID: 6), mode: .plain) == .text("plain"))
        }
    }

    @Test("a retry of the same message gets the same reply (de-duplication)")
    func retryReplayed() async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            let first = try await client.reply(to: Fixture.text("once", msgID: 42), mode: .safe)
            let retry = try await client.reply(to: Fixture.text("once", msgID: 42), mode: .safe)
            #expect(first == .text("once"))
            #expect(retry == first)
        }
    }
}
