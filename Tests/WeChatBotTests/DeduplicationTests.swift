import Foundation
import Logging
import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

@Suite("De-duplication")
struct DeduplicationTests {
    /// A bot whose text handler counts its runs and waits at a gate, with a store that counts waiting copies.
    private struct SlowHandler {
        let runs = Counter()
        let gate = Gate()
        let clock = TestClock()
        let store: ObservedDeduplicationStore

        init() {
            store = ObservedDeduplicationStore(clock: clock)
        }

        func test(_ body: (BotTestClient) async -> Void) async {
            let (runs, gate) = (runs, gate)
            let bot = Bot {
                On(.text) { text, _ in
                    let run = runs.increment()
                    await gate.wait()
                    return .text("\(text.content) #\(run)")
                }
            }
            await bot.test(clock: clock, deduplicationStore: store, body)
        }
    }

    @Test("a retry arriving while the first copy is handled waits and gets the same reply; the handler runs once")
    func retryDuringSlowHandler() async {
        let slow = SlowHandler()
        await slow.test { client in
            let message = client.message(.text("hi"))
            async let first = client.deliver(message)
            await eventually { slow.gate.arrivals == 1 }
            async let retry = client.deliver(message)
            await eventually { slow.store.pendingClaims.value == 1 }
            slow.gate.open()
            let (one, two) = await (first, retry)
            #expect(one.text == "hi #1")
            #expect(two == one)
            #expect(slow.runs.value == 1)
        }
    }

    @Test("ten concurrent copies: one handler run, ten identical replies")
    func tenConcurrentCopies() async {
        let slow = SlowHandler()
        await slow.test { client in
            let message = client.message(.text("並行"))
            let responses = await withTaskGroup(of: BotResponse.self) { group in
                for _ in 0..<10 {
                    group.addTask { await client.deliver(message) }
                }
                await eventually { slow.gate.arrivals == 1 && slow.store.pendingClaims.value == 9 }
                slow.gate.open()
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(responses.count == 10)
            #expect(Set(responses) == [.reply(.text("並行 #1"))])
            #expect(slow.runs.value == 1)
        }
    }

    @Test("a retry after the first copy finished replays its outcome, also a no-reply outcome")
    func replayAfterFinish() async {
        let runs = Counter()
        let bot = Bot {
            On(.text("quiet")) { _, _ in
                runs.increment()
                return nil
            }
            On(.text) { _, _ in .text("reply #\(runs.increment())") }
        }
        await bot.test { client in
            let loud = client.message(.text("x"))
            #expect(await client.deliver(loud).text == "reply #1")
            #expect(await client.deliver(loud).text == "reply #1")
            let quiet = client.message(.text("quiet"))
            #expect(await client.deliver(quiet) == .success)
            #expect(await client.deliver(quiet) == .success)
            #expect(runs.value == 2)
        }
    }

    @Test("keys expire after their TTL on the fake clock; before that a retry is recognised")
    func keyExpiry() async {
        let runs = Counter()
        let bot = Bot { On(.text) { _, _ in .text("#\(runs.increment())") } }
        await bot.test(configure: { $0.deduplication.ttl = .seconds(40) }) { client in
            let message = client.message(.text("x"))
            #expect(await client.deliver(message).text == "#1")
            client.advance(by: .seconds(39))
            #expect(await client.deliver(message).text == "#1")
            client.advance(by: .seconds(2))
            #expect(await client.deliver(message).text == "#2")
        }
    }

    @Test("the TTL is never below 30 seconds")
    func minimumTTL() {
        #expect(Bot.Configuration.Deduplication(ttl: .seconds(1)).ttl == .seconds(30))
        #expect(Bot.Configuration.Deduplication(ttl: .seconds(90)).ttl == .seconds(90))
    }

    @Test("events are keyed by sender, CreateTime, Event and EventKey")
    func eventKeys() async {
        let runs = Counter()
        let bot = Bot { On(.event) { event, _ in .text("\(event.name) #\(runs.increment())") } }
        await bot.test { client in
            let click = client.message(.click(key: "A"))
            #expect(await client.deliver(click).text == "CLICK #1")
            #expect(await client.deliver(click).text == "CLICK #1")
            #expect(await client.send(.click(key: "B")).text == "CLICK #2", "another key in the same second")
            #expect(await client.send(.click(key: "A"), from: "other").text == "CLICK #3", "another sender")
            #expect(await client.send(.subscribe()).text == "subscribe #4")
            #expect(await client.send(.scan(scene: "A")).text == "SCAN #5", "a scan in the same second as a follow")
            client.advance(by: .seconds(1))
            #expect(await client.send(.click(key: "A")).text == "CLICK #6", "a later second is a new event")
        }
    }

    @Test("keys are scoped by account: the same MsgId for two accounts is two messages")
    func scopedByAccount() async {
        let runs = Counter()
        let bot = Bot { On(.text) { _, _ in .text("#\(runs.increment())") } }
        await bot.test { client in
            let message = client.message(.text("x"))
            let other = AccountIdentity(appID: "wx-other", originalID: "gh_other")
            #expect(await client.deliver(message).text == "#1")
            #expect(await client.deliver(message, to: other).text == "#2")
        }
    }

    @Test("a throwing handler is answered success and releases the key, so WeChat's retry is handled")
    func throwingHandler() async {
        let runs = Counter()
        let logs = LogRecorder()
        let bot = Bot(configuration: .init(logger: logs.logger)) {
            On(.text) { text, _ in
                guard runs.increment() > 1 else { throw HandlerFailure() }
                return .text("second try")
            }
        }
        await bot.test { client in
            let message = client.message(.text("secret content"))
            #expect(await client.deliver(message) == .success)
            #expect(await client.deliver(message).text == "second try")
            #expect(await client.deliver(message).text == "second try")
            #expect(runs.value == 2)
        }
        let errors = logs.recorded.filter { $0.level == .error }
        #expect(errors.count == 1)
        #expect(errors.allSatisfy { $0.metadata.contains("|msg|") && !$0.metadata.contains("secret content") })
    }

    @Test("switched off, every copy is handled")
    func switchedOff() async {
        let runs = Counter()
        let bot = Bot { On(.text) { _, _ in .text("#\(runs.increment())") } }
        await bot.test(configure: { $0.deduplication.isEnabled = false }) { client in
            let message = client.message(.text("x"))
            #expect(await client.deliver(message).text == "#1")
            #expect(await client.deliver(message).text == "#2")
        }
    }

    @Test("messages without a MsgId fall back to the event-style key")
    func missingMsgID() async {
        let runs = Counter()
        let bot = Bot { Otherwise { _, _ in .text("#\(runs.increment())") } }
        await bot.test { client in
            let header = MessageHeader(toUserName: "gh_0000000000a1", fromUserName: "u", createTime: 1, msgType: "text")
            let message = InboundMessage.text(TextMessage(header: header, msgID: 0, content: "x"))
            #expect(await client.deliver(message).text == "#1")
            #expect(await client.deliver(message).text == "#1")
            let unknown = client.message(.unknown(msgType: "file"))
            #expect(await client.deliver(unknown).text == "#2")
            #expect(await client.deliver(unknown).text == "#2")
        }
    }
}

@Suite("In-memory de-duplication store")
struct InMemoryDeduplicationStoreTests {
    @Test("claim, pending, finished")
    func lifecycle() async throws {
        let store = InMemoryDeduplicationStore(clock: TestClock())
        #expect(try await store.claim("k", ttl: .seconds(30)) == .claimed)
        #expect(try await store.claim("k", ttl: .seconds(30)) == .pending)
        try await store.finish("k", outcome: DeduplicationOutcome(reply: .text("r")), ttl: .seconds(30))
        #expect(try await store.claim("k", ttl: .seconds(30)) == .finished(DeduplicationOutcome(reply: .text("r"))))
        #expect(try await store.awaitOutcome("k", timeout: .seconds(1)) == DeduplicationOutcome(reply: .text("r")))
        #expect(try await store.claim("other", ttl: .seconds(30)) == .claimed)
    }

    @Test("a waiter is woken by finish and by abandon; an unknown key does not wait")
    func waiters() async throws {
        let store = InMemoryDeduplicationStore(clock: TestClock())
        _ = try await store.claim("k", ttl: .seconds(30))
        async let outcome = store.awaitOutcome("k", timeout: .seconds(5))
        try await store.finish("k", outcome: .noReply, ttl: .seconds(30))
        #expect(try await outcome == .noReply)

        _ = try await store.claim("j", ttl: .seconds(30))
        async let abandoned = store.awaitOutcome("j", timeout: .seconds(5))
        try await store.abandon("j")
        #expect(try await abandoned == nil)
        #expect(try await store.claim("j", ttl: .seconds(30)) == .claimed)
        #expect(try await store.awaitOutcome("never", timeout: .seconds(5)) == nil)
    }

    @Test("a wait times out on the store's clock")
    func timeout() async throws {
        let clock = TestClock()
        let store = InMemoryDeduplicationStore(clock: clock)
        _ = try await store.claim("k", ttl: .seconds(30))
        async let outcome = store.awaitOutcome("k", timeout: .seconds(5))
        await eventually { clock.sleeperCount == 1 }
        clock.advance(by: .seconds(5))
        #expect(try await outcome == nil)
        #expect(try await store.claim("k", ttl: .seconds(30)) == .pending)
    }

    @Test("a cancelled wait returns at once")
    func cancelledWait() async throws {
        let store = InMemoryDeduplicationStore(clock: TestClock())
        _ = try await store.claim("k", ttl: .seconds(30))
        let waiter = Task { try await store.awaitOutcome("k", timeout: .seconds(5)) }
        waiter.cancel()
        #expect(try await waiter.value == nil)
    }

    @Test("expired keys are purged")
    func purge() async throws {
        let clock = TestClock()
        let store = InMemoryDeduplicationStore(clock: clock)
        for index in 0..<100 {
            _ = try await store.claim("k\(index)", ttl: .seconds(30))
        }
        #expect(store.storedCount == 100)
        clock.advance(by: .seconds(61))
        _ = try await store.claim("fresh", ttl: .seconds(30))
        #expect(store.storedCount == 1)
    }

    @Test("keys expire after their TTL; a finished key lives a new TTL from its finish; expired keys are dropped")
    func expiryOrder() async throws {
        let clock = TestClock()
        let store = InMemoryDeduplicationStore(clock: clock)
        _ = try await store.claim("a", ttl: .seconds(30))
        clock.advance(by: .seconds(20))
        _ = try await store.claim("b", ttl: .seconds(30))
        try await store.finish("a", outcome: .noReply, ttl: .seconds(30))
        clock.advance(by: .seconds(15))
        _ = try await store.claim("c", ttl: .seconds(30))
        // "a" was finished at 20 s, so it lives to 50 s although it was claimed first.
        #expect(try await store.claim("a", ttl: .seconds(30)) == .finished(.noReply))
        #expect(try await store.claim("b", ttl: .seconds(30)) == .pending)
        #expect(store.storedCount == 3)
        clock.advance(by: .seconds(16))
        #expect(try await store.claim("a", ttl: .seconds(30)) == .claimed, "expired at 50 s")
        #expect(try await store.claim("b", ttl: .seconds(30)) == .claimed, "expired at 50 s")
        clock.advance(by: .seconds(100))
        _ = try await store.claim("d", ttl: .seconds(30))
        #expect(store.storedCount == 1, "every expired key was dropped by the next write")
    }

    @Test("over capacity the oldest keys are evicted first, so memory has a ceiling")
    func capacity() async throws {
        let store = InMemoryDeduplicationStore(clock: TestClock(), capacity: 1000)
        for index in 0..<5000 {
            _ = try await store.claim("k\(index)", ttl: .seconds(60))
        }
        #expect(store.storedCount == 1000)
        #expect(try await store.claim("k4000", ttl: .seconds(60)) == .pending, "the newest 1000 are kept")
        #expect(try await store.claim("k3999", ttl: .seconds(60)) == .claimed, "older ones were evicted")
    }

    @Test("keys are compared byte for byte, as the database stores compare them; a huge TTL does not overflow")
    func keysAndExtremes() async throws {
        let store = InMemoryDeduplicationStore(clock: TestClock())
        let composed = "acct|evt|caf\u{E9}"  // é as one scalar
        let decomposed = "acct|evt|cafe\u{301}"  // e and a combining accent: equal as Swift strings
        #expect(composed == decomposed)
        #expect(try await store.claim(composed, ttl: .seconds(30)) == .claimed)
        #expect(try await store.claim(decomposed, ttl: .seconds(30)) == .claimed)
        #expect(try await store.claim("", ttl: .seconds(30)) == .claimed)
        #expect(try await store.claim("", ttl: .seconds(30)) == .pending)
        #expect(try await store.claim("forever", ttl: .seconds(Int64.max)) == .claimed)
        #expect(try await store.claim("forever", ttl: .seconds(30)) == .pending)
        try await store.finish("forever", outcome: DeduplicationOutcome(reply: .image(mediaID: "m")), ttl: .seconds(30))
        #expect(try await store.claim("forever", ttl: .seconds(30)) == .finished(.init(reply: .image(mediaID: "m"))))
    }

    @Test("the protocol's default awaitOutcome polls until the outcome is stored")
    func pollingDefault() async throws {
        let store = PollingDeduplicationStore()
        _ = try await store.claim("k", ttl: .seconds(30))
        async let outcome = store.awaitOutcome("k", timeout: .seconds(10))
        try await store.finish("k", outcome: DeduplicationOutcome(reply: .text("done")), ttl: .seconds(30))
        #expect(try await outcome == DeduplicationOutcome(reply: .text("done")))
        #expect(try await store.awaitOutcome("absent", timeout: .seconds(1)) == nil)
        #expect(try await store.claim("absent", ttl: .seconds(30)) == .claimed, "the poll released its own claim")
    }

    @Test("outcomes survive a JSON round trip, as shared stores keep them")
    func codable() throws {
        let outcome = DeduplicationOutcome(reply: .news([Article(title: "t", url: "https://u")]))
        let decoded = try JSONDecoder().decode(DeduplicationOutcome.self, from: JSONEncoder().encode(outcome))
        #expect(decoded == outcome)
    }
}
