import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

enum NicknameStep: String, DialogStep {
    case name, confirmation
}

/// A three-step dialog: ask for a nickname, check it, confirm it; any other answer to the confirmation gives up.
struct NicknameDialog: RuleGroup {
    static let proposed = SessionKey<String>("nickname.proposed")
    static let nickname = SessionKey<String>("nickname")

    var body: Rules {
        On(.text("改名")) { _, context in
            try await context.session.expect(NicknameStep.name)
            return .text("新昵称？")
        }
        On(.text && .expecting(NicknameStep.name)) { text, context in
            guard (1...8).contains(text.content.count) else {
                try await context.session.expect(NicknameStep.name)
                return .text("昵称要 1 到 8 个字")
            }
            try await context.session.set(text.content, for: Self.proposed)
            try await context.session.expect(NicknameStep.confirmation)
            return .text("就叫「\(text.content)」？回复 是 确认")
        }
        On(.text("是") && .expecting(NicknameStep.confirmation)) { _, context in
            let name = try await context.session.value(for: Self.proposed)
            try await context.session.set(name, for: Self.nickname)
            return .text("你好，\(name ?? "")")
        }
        On(.expecting(NicknameStep.confirmation)) { _, _ in .text("没有改名") }
        On(.text("我是谁")) { _, context in .text(try await context.session.value(for: Self.nickname) ?? "不知道") }
    }
}

@Suite("Sessions and dialogs")
struct SessionTests {
    let bot = Bot {
        NicknameDialog()
        On(.text("count")) { _, context in
            let key = SessionKey<Int>("count")
            let count = (try await context.session.value(for: key) ?? 0) + 1
            try await context.session.set(count, for: key)
            return .text("\(count)")
        }
        On(.text("forget")) { _, context in
            try await context.session.clear()
            return .text("forgotten")
        }
        Otherwise { _, _ in .text("default") }
    }

    @Test("a three-step dialog runs end to end: ask, validate, ask again, confirm")
    func dialog() async {
        await bot.test { client in
            #expect(await client.send(.text("改名")).text == "新昵称？")
            #expect(await client.send(.text("一个非常非常长的名字")).text == "昵称要 1 到 8 个字")
            #expect(await client.send(.text("小明")).text == "就叫「小明」？回复 是 确认")
            #expect(await client.send(.text("是")).text == "你好，小明")
            #expect(await client.send(.text("是")).text == "default", "the dialog ended")
            #expect(await client.send(.text("我是谁")).text == "小明")
        }
    }

    @Test("any other answer to the last step ends the dialog without a change")
    func abandoned() async {
        await bot.test { client in
            _ = await client.send(.text("改名"))
            _ = await client.send(.text("小红"))
            #expect(await client.send(.voice(mediaID: "v")).text == "没有改名")
            #expect(await client.send(.text("我是谁")).text == "不知道")
        }
    }

    @Test("dialogs are per user: another user's messages are routed as usual")
    func perUser() async {
        await bot.test { client in
            #expect(await client.send(.text("改名"), from: "alice").text == "新昵称？")
            #expect(await client.send(.text("Bob"), from: "bob").text == "default")
            #expect(await client.send(.text("Alice"), from: "alice").text == "就叫「Alice」？回复 是 确认")
        }
    }

    @Test("a non-text answer to a text step leaves the dialog waiting")
    func nonTextAnswer() async {
        await bot.test { client in
            _ = await client.send(.text("改名"))
            #expect(await client.send(.image(mediaID: "m")).text == "default")
            #expect(await client.send(.text("小明")).text == "就叫「小明」？回复 是 确认")
        }
    }

    @Test("values persist between messages and clear() forgets them")
    func values() async {
        await bot.test { client in
            #expect(await client.send(.text("count")).text == "1")
            #expect(await client.send(.text("count")).text == "2")
            #expect(await client.send(.text("count"), from: "other").text == "1")
            #expect(await client.send(.text("forget")).text == "forgotten")
            #expect(await client.send(.text("count")).text == "1")
        }
    }

    @Test("sessions expire after their TTL on the fake clock")
    func expiry() async {
        await bot.test(configure: { $0.sessions.ttl = .seconds(600) }) { client in
            #expect(await client.send(.text("count")).text == "1")
            client.advance(by: .seconds(599))
            #expect(await client.send(.text("count")).text == "2", "each change renews the TTL")
            client.advance(by: .seconds(600))
            #expect(await client.send(.text("count")).text == "1")
            _ = await client.send(.text("改名"))
            client.advance(by: .seconds(601))
            #expect(await client.send(.text("小明")).text == "default", "an expired dialog is over")
        }
    }

    @Test("sessions are saved only when a handler changed them")
    func savedOnlyWhenChanged() async {
        let store = CountingSessionStore()
        await bot.test(sessionStore: store) { client in
            _ = await client.send(.text("hello"))
            _ = await client.send(.image(mediaID: "m"))
            #expect(store.saves.value == 0)
            _ = await client.send(.text("count"))
            #expect(store.saves.value == 1)
        }
    }

    @Test("a value of the wrong type is an error the handler sees; the bot answers success")
    func wrongType() async throws {
        let store = InMemorySessionStore()
        let session = Session(storageKey: "k", store: store, ttl: .seconds(60))
        try await session.set("not a number", for: SessionKey<String>("n"))
        await #expect(throws: BotError.sessionValueUnreadable(key: "n", type: Int.self)) {
            try await session.value(for: SessionKey<Int>("n"))
        }
        let logs = LogRecorder()
        let bot = Bot(configuration: .init(logger: logs.logger)) {
            On(.text) { _, context in
                try await context.session.set("text", for: SessionKey<String>("n"))
                _ = try await context.session.value(for: SessionKey<Int>("n"))
                return .text("unreachable")
            }
        }
        await bot.test { #expect(await $0.send(.text("x")) == .success) }
        #expect(logs.recorded.contains { $0.message == "handling failed; answering success" })
    }

    @Test("a corrupted stored session is reported, not crashed on")
    func corrupted() async throws {
        let store = InMemorySessionStore()
        try await store.save("k", value: Array("{not json".utf8), ttl: .seconds(60))
        let session = Session(storageKey: "k", store: store, ttl: .seconds(60))
        await #expect(throws: BotError.sessionUnreadable) { try await session.value(for: SessionKey<Int>("n")) }
        #expect(BotError.sessionUnreadable.description == "the stored session could not be decoded")
    }

    @Test("the in-memory session store expires and purges entries")
    func inMemoryStore() async throws {
        let clock = TestClock()
        let store = InMemorySessionStore(clock: clock)
        try await store.save("a", value: [1, 2, 3], ttl: .seconds(10))
        #expect(try await store.load("a") == [1, 2, 3])
        clock.advance(by: .seconds(10))
        #expect(try await store.load("a") == nil)
        clock.advance(by: .seconds(60))
        try await store.save("b", value: [], ttl: .seconds(10))
        #expect(store.storedCount == 1)
        try await store.delete("b")
        #expect(try await store.load("b") == nil)
    }
}
