import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

@testable import EchoBot

@Suite("EchoBot")
struct EchoBotTests {
    static let hostileTexts = [
        "hello",
        "你好，世界",
        "emoji 👍🏽🇨🇳👨‍👩‍👧",
        "<xml>&amp; <&> \"quotes\" 'single'",
        "line one\nline two\r\nline three\ttab",
        "]]>",
        "a]]>b]]]]><![CDATA[>",
        "/::) legacy emoticon",
        " leading and trailing spaces ",
        "",
        String(repeating: "长", count: 10_000),
    ]

    @Test("text is echoed byte for byte", arguments: hostileTexts)
    func text(content: String) async throws {
        try await Bot.echo.test { client in
            let response = await client.send(.text(content))
            #expect(response == .reply(.text(content)))
            let reply = try #require(response.reply)
            let header = client.message(.text(content)).header
            let wire = try reply.render(replyingTo: header, createTime: BotTestClient.epoch)
            #expect(try Reply(parsing: Array(wire.utf8)) == .text(content), "survives the XML round trip")
        }
    }

    @Test("text with ]]> split across CDATA sections in the raw XML is echoed whole")
    func rawCDATA() async throws {
        try await Bot.echo.test { client throws in
            let xml = """
                <xml><ToUserName><![CDATA[gh_0000000000a1]]></ToUserName><FromUserName><![CDATA[o_user]]></FromUserName>\
                <CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>\
                <Content><![CDATA[a]]]]><![CDATA[>b &]]></Content><MsgId>4561255354251345929</MsgId></xml>
                """
            #expect(try await client.send(xml: xml).text == "a]]>b &")
        }
    }

    @Test("image, voice and video come back as the same kind with the same MediaId")
    func media() async {
        await Bot.echo.test { client in
            #expect(await client.send(.image(mediaID: "img-1")) == .reply(.image(mediaID: "img-1")))
            #expect(await client.send(.voice(mediaID: "voice-1")) == .reply(.voice(mediaID: "voice-1")))
            #expect(await client.send(.video(mediaID: "video-1")) == .reply(.video(mediaID: "video-1")))
        }
    }

    @Test("a short video comes back as a video with its MediaId")
    func shortVideo() async {
        await Bot.echo.test { client in
            #expect(
                await client.send(.shortVideo(mediaID: "sv-1", thumbMediaID: "t")) == .reply(.video(mediaID: "sv-1")))
        }
    }

    @Test("a location comes back as its Label")
    func location() async {
        await Bot.echo.test { client in
            #expect(
                await client.send(.location(latitude: 39.9, longitude: 116.4, label: "北京市东城区 <天安门>")).text
                    == "北京市东城区 <天安门>")
        }
    }

    @Test("a link comes back as news with one article copying Title, Description and Url")
    func link() async {
        await Bot.echo.test { client in
            let response = await client.send(
                .link(title: "标题 & more", description: "描述", url: "https://example.com/a?b=1&c=2"))
            #expect(
                response
                    == .reply(
                        .news([Article(title: "标题 & more", description: "描述", url: "https://example.com/a?b=1&c=2")])))
        }
    }

    @Test("a follow, with or without a QR scene, gets welcome")
    func subscribe() async {
        await Bot.echo.test { client in
            #expect(await client.send(.subscribe()).text == "welcome")
            #expect(await client.send(.subscribe(scene: "123")).text == "welcome")
        }
    }

    @Test("CLICK gets click: plus its EventKey, SCAN gets scan: plus its EventKey")
    func clickAndScan() async {
        await Bot.echo.test { client in
            #expect(await client.send(.click(key: "MENU_HELLO")).text == "click:MENU_HELLO")
            #expect(await client.send(.click(key: "")).text == "click:")
            #expect(await client.send(.scan(scene: "42")).text == "scan:42")
        }
    }

    static let silentMessages: [TestMessage] = [
        .unsubscribe,
        .view(url: "https://example.com"),
        .viewMiniProgram(pagePath: "pages/index"),
        .locationEvent(latitude: 1, longitude: 2),
        .scanCode(key: "S", result: "r"),
        .scanCode(key: "S", result: "r", waitsForReply: true),
        .pictures(key: "P", from: .systemPhoto, md5Sums: ["a"]),
        .pictures(key: "P", from: .photoOrAlbum, md5Sums: []),
        .pictures(key: "P", from: .weixin, md5Sums: ["a", "b"]),
        .locationSelect(key: "L", latitude: 1, longitude: 2, label: "x"),
        .massSendJobFinish(msgID: 1_000_000_001),
        .templateSendJobFinish(msgID: 1_700_827_132_819_554_304),
        .publishJobFinish(publishID: 2_247_483_647),
        .unknownEvent("card_pass_check"),
        .event {
            .kfCreateSession(CustomerServiceSessionEvent(header: $0, kfAccount: "kf@test", event: "kf_create_session"))
        },
        .unknown(msgType: "file"),
        .miniProgramPage(appID: "wx1", title: "t", pagePath: "p"),
    ]

    @Test("every other event and unknown types get no reply", arguments: 0..<silentMessages.count)
    func silence(index: Int) async {
        await Bot.echo.test { client in
            #expect(await client.send(Self.silentMessages[index]) == .success)
        }
    }

    @Test("the rules are all reachable")
    func diagnostics() {
        #expect(Bot.echo.diagnostics.isEmpty)
        #expect(Bot.echo.ruleSummary.count == 10)
    }
}
