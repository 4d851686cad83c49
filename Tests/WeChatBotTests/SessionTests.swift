import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

enum FeedbackStep: String, DialogStep {
    case rating, comment
}

/// A three-step "leave feedback" dialog, as a user would write it.
struct FeedbackDialog: RuleGroup {
    static let rating = SessionKey<Int>("feedback.rating")

    var body: Rules {
        On(.text("反馈")) { _, context in
            try await context.session.expect(FeedbackStep.rating)
            return .text("请为我们打分（1-5）")
        }
        On(.text && .expecting(FeedbackStep.rating)) { text, context in
            guard let rating = Int(text.content), (1...5).contains(rating) else {
                try await context.session.expect(FeedbackStep.rating)
                return .text("请回复 1 到 5 的数字")
            }
            try await context.session.set(rating, for: Self.rating)
            try await context.session.expect(FeedbackStep.comment)
            return .text("谢谢！还有什么想说的吗？")
        }
        On(.text && .expecting(FeedbackStep.comment)) { text, context in
            let rating = try await context.session.value(for: Self.rating) ?? 0
            try await context.session.set(nil, for: Self.rating)
            return .text("已记录：\(rating) 星，「\(text.content)」")
        }
    }
}

@Suite("Sessions and dialogs")
struct SessionTests {
    let bot = Bot {
        FeedbackDialog()
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

    @Test("the feedback dialog runs end to end: ask, validate, ask again, finish")
    func feedbackDialog() async {
        await bot.test { client in
            #expect(await client.send(.text("反馈")).text == "请为我们打分（1-5）")
            #expect(await client.send(.text("很好")).text == "请回复 1 到 5 的数字")
            #expect(await client.send(.text("4")).text == "谢谢！还有什么想说的吗？")
            #expect(await client.send(.text("咖啡不错 ☕️")).text == "已记录：4 星，「咖啡不错 ☕️」")
            #expect(await client.send(.text("4")).text == "default", "the dialog ended")
        }
    }

    @Test("dialogs are per user: another user's messages are routed as usual")
    func perUser() async {
        await bot.test { client in
            #expect(await client.send(.text("反馈"), from: "alice").text == "请为我们打分（1-5）")
            #expect(await client.send(.text("5"), from: "bob").text == "default")
            #expect(await client.send(.text("5"), from: "alice").text == "谢谢！还有什么想说的吗？")
        }
    }

    @Test("a non-text answer leaves the dialog waiting")
    func nonTextAnswer() async {
        await bot.test { client in
            _ = await client.send(.text("反馈"))
            #expect(await client.send(.image(mediaID: "m")).text == "default")
            #expect(await client.send(.text("3")).text == "谢谢！还有什么想说的吗？")
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
            _ = await client.send(.text("反馈"))
            client.advance(by: .seconds(601))
            #expect(await client.send(.text("5")).text == "default", "an expired dialog is over")
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
        let bot = Bot {
            On(.text) { _, context in
                try await context.session.set("text", for: SessionKey<String>("n"))
                _ = try await context.session.value(for: SessionKey<Int>("n"))
                return .text("unreachable")
            }
        }
        await bot.test { #expect(await $0.send(.text("x")) == .success) }
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
