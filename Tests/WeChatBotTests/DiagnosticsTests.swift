import Logging
import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

@Suite("Start-up diagnostics")
struct DiagnosticsTests {
    struct Empty: RuleGroup {
        var body: Rules {}
    }

    struct Menu: RuleGroup {
        var body: Rules {
            On(.click(key: "A")) { _, _ in .text("a") }
        }
    }

    @Test("rules after Otherwise are reported as unreachable")
    func afterOtherwise() {
        let bot = Bot {
            On(.text("a")) { _, _ in nil }
            Otherwise { _, _ in nil }
            On(.text("b")) { _, _ in nil }
            On(.image) { _, _ in nil }
        }
        #expect(bot.diagnostics.map(\.kind) == [.unreachableRule, .unreachableRule])
        #expect(bot.diagnostics.map(\.location.line) == [#line - 4, #line - 3])
        #expect(bot.diagnostics.allSatisfy { $0.description.contains("DiagnosticsTests.swift:") })
        #expect(bot.diagnostics[0].message.contains("text == \"b\""))
    }

    @Test("a duplicate of an identical exact matcher is reported; different values are not")
    func duplicates() {
        let bot = Bot {
            On(.text("help")) { _, _ in nil }
            On(.text("help ")) { _, _ in nil }
            On(.click(key: "A")) { _, _ in nil }
            On(.text("help")) { _, _ in nil }
            On(.click(key: "A")) { _, _ in nil }
            On(.subscribe(scene: "7")) { _, _ in nil }
            On(.subscribe(scene: "7")) { _, _ in nil }
        }
        #expect(bot.diagnostics.map(\.location.line) == [#line - 5, #line - 4, #line - 2])
    }

    @Test("a kind-wide rule shadows later rules of that kind only")
    func kindShadowing() {
        let bot = Bot {
            On(.text) { _, _ in nil }
            On(.text("x")) { _, _ in nil }
            On(.image) { _, _ in nil }
            On(.event) { _, _ in nil }
            On(.click(key: "A")) { _, _ in nil }
            On(.subscribe) { _, _ in nil }
        }
        #expect(bot.diagnostics.map(\.location.line) == [#line - 6, #line - 3, #line - 2])
    }

    @Test("a rule that may fall through shadows nothing, and opaque matchers are never reported")
    func fallThroughAndOpaque() {
        let bot = Bot {
            On(.text) { _, _ in .fallThrough }
            On(.text("x")) { _, _ in nil }
            On(.text(prefix: "a")) { _, _ in nil }
            On(.text(prefix: "a")) { _, _ in nil }
            On(.text("y") && .sender("u")) { _, _ in nil }
            On(.text("y")) { _, _ in nil }
        }
        #expect(bot.diagnostics.isEmpty)
    }

    @Test("an empty rule group is reported; a rule in a group can shadow rules outside it")
    func groups() {
        let bot = Bot {
            Empty()
            Menu()
            On(.click(key: "A")) { _, _ in nil }
        }
        #expect(bot.diagnostics.map(\.kind) == [.emptyGroup, .unreachableRule])
        #expect(bot.diagnostics[0].message.contains("Empty"))
        #expect(bot.diagnostics[0].location.line == #line - 6)
    }

    @Test("diagnostics are logged as warnings when the bot is created")
    func logged() {
        let logs = LogRecorder()
        let bot = Bot(configuration: .init(logger: logs.logger)) {
            Otherwise { _, _ in nil }
            On(.text("late")) { _, _ in nil }
        }
        #expect(bot.diagnostics.count == 1)
        #expect(logs.recorded.filter { $0.level == .warning }.map(\.message) == bot.diagnostics.map(\.description))
    }

    @Test("the rule summary lists every rule with its location and matcher")
    func summary() {
        let bot = Bot {
            On(.text("a") || .text(prefix: "b")) { _, _ in nil }
            On(.click(key: "K") && .sender("u")) { _, _ in nil }
            On(!.subscribe(scene: "s")) { _, _ in nil }
            Otherwise { _, _ in nil }
        }
        #expect(bot.ruleSummary.count == 4)
        #expect(bot.ruleSummary[0].hasSuffix("(text == \"a\" || text prefix \"b\")"))
        #expect(bot.ruleSummary[1].hasSuffix("event:click key == \"K\" && sender in 1 users"))
        #expect(bot.ruleSummary[2].hasSuffix("!(event:subscribe scene == \"s\")"))
        #expect(bot.ruleSummary[3].hasSuffix("any"))
    }
}
