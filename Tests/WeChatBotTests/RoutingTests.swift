import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

// DESIGN.md §3, essentially as written.
struct Welcome: EventHandler {
    func handle(_ event: SubscribeEvent, context: BotContext) async throws -> Reply? {
        .text("欢迎关注！回复 help 查看指令。")
    }
}

struct WeatherService: Sendable {
    let forecast: @Sendable (String) -> String
    static let live = WeatherService { city in "\(city)：晴" }
}

struct WeatherHandler: TextHandler {
    let service: WeatherService

    func handle(_ text: TextMessage, context: BotContext) async throws -> Reply? {
        guard let city = context.captures[1] else { return nil }
        return .text(service.forecast(city))
    }
}

struct TodayMusic: EventHandler {
    func handle(_ click: ClickEvent, context: BotContext) async throws -> Reply? {
        .music(Music(title: "今日歌曲", thumbMediaID: "thumb-1"))
    }
}

@Suite("Routing")
struct RoutingTests {
    let designBot = Bot {
        On(.subscribe) { Welcome() }
        On(.text("help")) { _, _ in .text("天气 北京 / 菜单") }
        On(.text(matching: /^天气\s*(.+)$/)) { WeatherHandler(service: .live) }
        On(.click(key: "TODAY_MUSIC")) { TodayMusic() }
        Otherwise { _, _ in .text("没听懂，回复 help") }
    }

    @Test("the DESIGN.md example routes each message to its rule")
    func designExample() async {
        await designBot.test { client in
            #expect(await client.send(.subscribe()).text == "欢迎关注！回复 help 查看指令。")
            #expect(await client.send(.text("help")).text == "天气 北京 / 菜单")
            #expect(await client.send(.text("天气 北京")).text == "北京：晴")
            #expect(
                await client.send(.click(key: "TODAY_MUSIC"))
                    == .reply(.music(Music(title: "今日歌曲", thumbMediaID: "thumb-1"))))
            #expect(await client.send(.text("你好")).text == "没听懂，回复 help")
            #expect(await client.send(.image(mediaID: "m")).text == "没听懂，回复 help")
            #expect(designBot.diagnostics.isEmpty)
        }
    }

    @Test("the first matching rule wins, in declaration order")
    func firstMatchWins() async {
        let bot = Bot {
            On(.text(prefix: "a")) { _, _ in .text("first") }
            On(.text(prefix: "ab")) { _, _ in .text("second") }
            On(.text) { _, _ in .text("third") }
        }
        await bot.test { client in
            #expect(await client.send(.text("abc")).text == "first")
            #expect(await client.send(.text("b")).text == "third")
        }
    }

    @Test("a closure returning .fallThrough passes the message to the next rules")
    func fallThrough() async {
        let ran = Counter()
        let bot = Bot {
            On(.text) { text, _ in
                ran.increment()
                return text.content == "skip" ? .fallThrough : .reply(.text("first"))
            }
            On(.text("skip")) { _, _ in .text("second") }
            On(.text) { _, _ in .noReply }
        }
        await bot.test { client in
            #expect(await client.send(.text("skip")).text == "second")
            #expect(await client.send(.text("x")).text == "first")
            #expect(ran.value == 2)
            #expect(bot.diagnostics.isEmpty, "a rule after a fall-through rule is reachable")
        }
    }

    @Test("indexed exact keywords and menu keys keep declaration order and fall-through")
    func exactIndex() async {
        let bot = Bot {
            On(.text("a")) { _, _ in .text("exact a") }
            On(.text("b")) { _, _ in .fallThrough }
            On(.text("b")) { _, _ in .text("second b") }
            On(.text(prefix: "a")) { _, _ in .text("prefix a") }
            On(.text("ab")) { _, _ in .text("unreached: prefix a wins") }
            On(.text("c")) { _, _ in .text("exact c") }
            On(.click(key: "K")) { _, _ in .text("click K") }
            On(.click(key: "a")) { _, _ in .text("click a") }
            On(.text) { text, _ in .text("any \(text.content)") }
        }
        await bot.test { client in
            #expect(await client.send(.text("a")).text == "exact a")
            #expect(await client.send(.text("b")).text == "second b")
            #expect(await client.send(.text("ab")).text == "prefix a")
            #expect(await client.send(.text("c")).text == "exact c")
            #expect(await client.send(.text("K")).text == "any K")
            #expect(await client.send(.click(key: "a")).text == "click a")
            #expect(await client.send(.click(key: "K")).text == "click K")
            #expect(await client.send(.click(key: "k")) == .success)
        }
        let keywords = Bot {
            for index in 0..<50 {
                On(.text("keyword \(index)")) { _, _ in .text("\(index)") }
            }
        }
        await keywords.test { client in
            #expect(await client.send(.text("keyword 0")).text == "0")
            #expect(await client.send(.text("keyword 49")).text == "49")
            #expect(await client.send(.text("keyword 50")) == .success)
        }
    }

    @Test("a fall-through with no later match, a .noReply and a nil reply all answer success")
    func noReplyOutcomes() async {
        let bot = Bot {
            On(.text("pass")) { _, _ in .fallThrough }
            On(.text("quiet")) { _, _ in .noReply }
            On(.text("nil")) { _, _ in nil }
        }
        await bot.test { client in
            #expect(await client.send(.text("pass")) == .success)
            #expect(await client.send(.text("quiet")) == .success)
            #expect(await client.send(.text("nil")) == .success)
            #expect(await client.send(.text("unmatched")) == .success)
        }
    }

    @Test("groups, if, switch and for take part in the order where they are written")
    func builderControlFlow() async {
        struct Keywords: RuleGroup {
            let words: [String]
            var body: Rules {
                for word in words {
                    On(.text(word)) { _, _ in .text("keyword \(word)") }
                }
            }
        }
        let verbose = true
        let bot = Bot {
            Keywords(words: ["a", "b"])
            if verbose {
                On(.text("v")) { _, _ in .text("verbose") }
            } else {
                On(.text("v")) { _, _ in .text("terse") }
            }
            if !verbose {
                On(.text("hidden")) { _, _ in .text("hidden") }
            }
            Otherwise { _, _ in .text("other") }
        }
        await bot.test { client in
            #expect(await client.send(.text("a")).text == "keyword a")
            #expect(await client.send(.text("b")).text == "keyword b")
            #expect(await client.send(.text("v")).text == "verbose")
            #expect(await client.send(.text("hidden")).text == "other")
        }
        #expect(bot.ruleSummary.count == 4)
    }

    @Test("handler types receive the typed payload and the context's account")
    func handlerTypes() async {
        struct Account: MessageHandler {
            func handle(_ message: InboundMessage, context: BotContext) async throws -> Reply? {
                .text("\(context.account.originalID) \(message.header.fromUserName)")
            }
        }
        let bot = Bot { Otherwise { Account() } }
        await bot.test { client in
            #expect(await client.send(.voice(mediaID: "v"), from: "alice").text == "gh_0000000000a1 alice")
        }
    }

    @Test("hostile texts: empty, 1 MB, control characters and markup route without trouble")
    func hostileTexts() async {
        let bot = Bot {
            On(.text(matching: /^天气\s*(.+)$/)) { _, context in .text(context.captures[1] ?? "") }
            On(.text(prefix: "x")) { _, _ in .text("prefix") }
            On(.text(contains: "needle")) { _, _ in .text("contains") }
            On(.text("")) { _, _ in .text("empty") }
        }
        await bot.test { client in
            #expect(await client.send(.text("")).text == "empty")
            #expect(await client.send(.text(String(repeating: "x", count: 1 << 20))).text == "prefix")
            #expect(await client.send(.text(String(repeating: "a", count: 1 << 20) + "needle")).text == "contains")
            #expect(await client.send(.text("天气 <a>&]]>\u{1}")).text == "<a>&]]>\u{1}")
            #expect(await client.send(.text("no match")) == .success)
        }
    }
}
