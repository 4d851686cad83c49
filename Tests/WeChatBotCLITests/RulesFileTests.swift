import Testing
import WeChatBot
import WeChatBotCLI
import WeChatMessages

@Suite("Rules files")
struct RulesFileTests {
    static let good = """
        # a cafe in YAML
        rules:
          - keyword: hello
            reply: Hi there!
          - contains: price
            reply: "Coffee 20, tea 15"
          - prefix: "#"
            reply: {image: media_123}
          - regex: '^weather (\\w+)$'
            reply: "Sunny in $1"
          - event: subscribe
            reply: Welcome!
          - menu: MENU_TODAY
            reply:
              news:
                - title: Today
                  url: https://example.com/today
          - otherwise: true
            reply: Sorry, try hello
        """

    static func header(_ type: String) -> MessageHeader {
        MessageHeader(toUserName: "gh_a", fromUserName: "o_user", createTime: 1, msgType: type)
    }

    static func text(_ content: String, id: Int64) -> InboundMessage {
        .text(TextMessage(header: header("text"), msgID: id, content: content))
    }

    @Test("a good YAML file becomes rules in file order with their lines")
    func goodFile() async throws {
        let file = try RulesFile(text: Self.good, fileName: "cafe.yaml")
        #expect(file.rules.map(\.line) == [3, 5, 7, 9, 11, 13, 18])
        #expect(file.rules[3].trigger == .regex("^weather (\\w+)$"))
        let bot = file.bot(configuration: .init())
        #expect(bot.ruleSummary.first?.hasPrefix("cafe.yaml:3") == true)
        #expect(await bot.handle(Self.text("hello", id: 1)) == .reply(.text("Hi there!")))
        #expect(await bot.handle(Self.text("what price?", id: 2)) == .reply(.text("Coffee 20, tea 15")))
        #expect(await bot.handle(Self.text("#tag", id: 3)) == .reply(.image(mediaID: "media_123")))
        #expect(await bot.handle(Self.text("weather Beijing", id: 4)) == .reply(.text("Sunny in Beijing")))
        #expect(await bot.handle(Self.text("anything", id: 5)) == .reply(.text("Sorry, try hello")))
        let subscribe = InboundMessage.event(.subscribe(SubscribeEvent(header: Self.header("event"))))
        #expect(await bot.handle(subscribe) == .reply(.text("Welcome!")))
        let click = InboundMessage.event(.click(ClickEvent(header: Self.header("event"), eventKey: "MENU_TODAY")))
        #expect(await bot.handle(click) == .reply(.news([Article(title: "Today", url: "https://example.com/today")])))
    }

    @Test("the same rules in JSON load too")
    func json() throws {
        let file = try RulesFile(
            text: #"{"rules": [{"keyword": "hi", "reply": "hey"}, {"menu": "K", "reply": {"voice": "v1"}}]}"#,
            fileName: "rules.json"
        )
        #expect(file.rules.map(\.trigger) == [.keyword("hi"), .menu("K")])
        #expect(file.rules[1].reply == .voice(mediaID: "v1"))
    }

    @Test(
        "a bad file is refused with the line and the reason",
        arguments: [
            ("rules:\n  - keyword: hi\n    reply: ok\n  - keywrd: typo\n    reply: x\n", 4, "unknown key \"keywrd\""),
            ("rules:\n  - keyword: hi\n", 2, "no reply"),
            ("rules:\n  - keyword: a\n    menu: b\n    reply: x\n", 2, "exactly one trigger"),
            ("rules:\n  - regex: '(unclosed'\n    reply: x\n", 2, "invalid regular expression"),
            ("rules:\n  - keyword: a\n    reply:\n      sticker: x\n", 4, "unknown reply kind"),
            ("rules:\n  - keyword: a\n    reply:\n      news: []\n", 4, "1 to 8 articles"),
            ("rules:\n  - keyword: ''\n    reply: x\n", 2, "non-empty"),
            ("rules:\n  - otherwise: maybe\n    reply: x\n", 2, "must be true"),
            ("rules: [\n  {keyword: a, reply: b\n", 3, "not valid YAML"),
            ("", 1, "empty"),
            ("rules: 42\n", 1, "list of rules"),
            ("- just text\n", 1, "mapping"),
        ]
    )
    func badFile(text: String, line: Int, reason: String) {
        do {
            _ = try RulesFile(text: text, fileName: "bad.yaml")
            Issue.record("accepted a bad file")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.hasPrefix("bad.yaml:\(line): "))
            #expect(error.description.contains(reason), "\(error)")
        }
    }

    @Test("a missing file is refused naming the path")
    func missingFile() {
        #expect(throws: WeChatBotCLIError.self) { try RulesFile(contentsOf: "/nonexistent/rules.yaml") }
    }
}

@Suite("Rules files: the menu section")
struct RulesFileMenuTests {
    static let text = """
        menu:
          - name: 今日推荐
            key: TODAY
            reply: 今日推荐：拿铁
          - name: 更多
            sub_button:
              - name: 官网
                url: https://cafe.example.com
              - name: 菜单图
                key: MENU_PICTURE
                reply:
                  image: ./menu.png
              - name: 扫码
                type: scancode_push
                key: SCAN
        rules:
          - keyword: hello
            reply: Hi
          - menu: SCAN
            reply: scanned
        """

    @Test("a menu: section declares the menu and its click replies; local image paths become file replies")
    func menuSection() throws {
        let file = try RulesFile(text: Self.text, fileName: "rules.yaml")
        let menu = try #require(file.menu)
        #expect(menu.buttons.first == .click("今日推荐", key: "TODAY"))
        #expect(menu.keys == ["TODAY", "MENU_PICTURE", "SCAN"])
        #expect(file.rules.map(\.trigger) == [.menu("TODAY"), .menu("MENU_PICTURE"), .keyword("hello"), .menu("SCAN")])
        #expect(file.rules[1].reply == .file(.image("./menu.png")))
        #expect(file.menuLine == 2)
        let bot = file.bot(configuration: .init())
        #expect(bot.menu == menu)
        #expect(bot.diagnostics.map(\.description) == ["rules.yaml:19: rule event:click key == \"SCAN\" answers the click key SCAN, which no declared menu has"])
    }

    @Test("WeChat's own {\"button\": [...]} JSON is accepted as the menu section")
    func weChatJSON() throws {
        let file = try RulesFile(
            text: #"{"menu": {"button": [{"type": "view", "name": "官网", "url": "https://a.cn"}]}, "rules": []}"#,
            fileName: "r.json")
        #expect(file.menu?.buttons == [.view("官网", url: "https://a.cn")])
    }

    @Test("a menu breaking WeChat's limits, or a reply on a non-click button, is refused with its line", arguments: [
        ("menu:\n  - name: a\n    key: A\n  - name: b\n    key: B\n  - name: c\n    key: C\n  - name: d\n    key: D\n", 2, "4 top-level buttons"),
        ("menu:\n  - name: 12345678901234567\n    key: A\n", 2, "name is 17 bytes"),
        ("menu:\n  - name: a\n    url: https://a.cn\n    reply: x\n", 4, "only click buttons"),
        ("menu:\n  - name: a\n    colour: red\n", 3, "unknown button key"),
        ("menu:\n  - name: a\n    type: tap\n    key: K\n", 2, "unknown type"),
    ])
    func refused(_ text: String, _ line: Int, _ reason: String) {
        do {
            _ = try RulesFile(text: text, fileName: "m.yaml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(reason), "\(error)")
        }
    }
}
