import Testing
import WeChatBot
import WeChatBotTesting

// The code the WeChatBot DocC articles show (Sources/WeChatBot/WeChatBot.docc), compiled and run here;
// DocumentationCodeTests checks that every swift block of an article is found verbatim in Bots/ or Tests/.

/// Rules and matchers: the article "Rules and matchers".
enum MatcherExamples {
    static let bot = Bot {
        On(.text("help")) { _, _ in .text("回复「天气 北京」查天气") }
        On(.text(matching: /^天气\s*(?<city>\S+)$/)) { _, context in
            .text("\(context.captures["city"] ?? "")：晴")
        }
        On(.text && .sender("o_owner")) { _, _ in .text("店长好") }
        On(.text.when { $0.content.count > 200 }) { _, _ in .text("太长了，请分几条发送") }
        On(.text("你好") || .text(contains: "hello")) { _, _ in .text("你好！") }
        On(.event(.location)) { _, _ in nil }
        On(.text(prefix: "#")) { text, _ in
            text.content == "#" ? .fallThrough : .reply(.text("话题：\(text.content.dropFirst())"))
        }
        Otherwise { _, _ in .text("没听懂，回复 help") }
    }
}

/// Handler types: the article "Handler types".
struct LocationLogger: EventHandler {
    func handle(_ event: LocationEvent, context: BotContext) async throws -> Reply? {
        context.logger.debug("location reported", metadata: ["precision": "\(event.precision)"])
        return nil
    }
}

/// A catch-all handler type for `Otherwise`.
struct HelpHandler: MessageHandler {
    func handle(_ message: InboundMessage, context: BotContext) async throws -> Reply? {
        .text("回复 help 查看指令")
    }
}

enum HandlerExamples {
    static let bot = Bot {
        On(.event(.location)) { LocationLogger() }
        Otherwise { HelpHandler() }
    }
}

/// Middlewares: the article "Middlewares".
struct SenderBlocklist: BotMiddleware {
    let blocked: Set<String>

    func handle(
        _ message: InboundMessage, context: BotContext,
        next: (InboundMessage, BotContext) async throws -> Reply?
    ) async throws -> Reply? {
        guard !blocked.contains(message.header.fromUserName) else {
            context.logger.info("blocked sender")
            return nil
        }
        return try await next(message, context)
    }
}

enum MiddlewareExamples {
    static let bot = Bot(middlewares: [SenderBlocklist(blocked: ["o_spammer"])]) {
        On(.text) { text, _ in .text(text.content) }
    }
}

@Suite("Documentation snippets: WeChatBot")
struct DocumentationSnippetTests {
    @Test("the matcher examples route as the article says")
    func matchers() async {
        await MatcherExamples.bot.test { client in
            #expect(await client.send(.text("help")).text == "回复「天气 北京」查天气")
            #expect(await client.send(.text("天气 上海")).text == "上海：晴")
            #expect(await client.send(.text("hi"), from: "o_owner").text == "店长好")
            #expect(await client.send(.text(String(repeating: "长", count: 201))).text == "太长了，请分几条发送")
            #expect(await client.send(.text("你好")).text == "你好！")
            #expect(await client.send(.text("say hello")).text == "你好！")
            #expect(await client.send(.locationEvent(latitude: 31.2, longitude: 121.5)) == .success)
            #expect(await client.send(.text("#swift")).text == "话题：swift")
            #expect(await client.send(.text("#")).text == "没听懂，回复 help")
        }
    }

    @Test("handler types answer their events and everything else")
    func handlers() async {
        await HandlerExamples.bot.test { client in
            #expect(await client.send(.locationEvent(latitude: 31.2, longitude: 121.5)) == .success)
            #expect(await client.send(.text("hello")).text == "回复 help 查看指令")
        }
    }

    @Test("the blocklist middleware answers blocked senders with success and lets others through")
    func middleware() async {
        await MiddlewareExamples.bot.test { client in
            #expect(await client.send(.text("buy now"), from: "o_spammer") == .success)
            #expect(await client.send(.text("hello"), from: "o_friend").text == "hello")
        }
    }

    @Test("the release-test responder answers a test account's text probe before any rule")
    func releaseTest() async {
        await MiddlewareExamples.bot.test(account: .releaseTest(group: 1, .officialAccount)) { client in
            #expect(await client.send(.text("TESTCOMPONENT_MSG_TYPE_TEXT")).text == "TESTCOMPONENT_MSG_TYPE_TEXT_callback")
            #expect(await client.send(.text("QUERY_AUTH_CODE:queryauthcode@@@abc")) == .emptyBody)
            await client.drainBackgroundWork()
            #expect(client.redeemer.redeemedCodes == ["queryauthcode@@@abc"])
            #expect(client.redeemer.sender.deliveries.map(\.message) == [.text("queryauthcode@@@abc_from_api")])
        }
    }
}
