import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

/// Appends its name to text replies, to show the order middlewares run in.
struct Tag: BotMiddleware {
    let name: String
    let runs: Counter

    func handle(
        _ message: InboundMessage,
        context: BotContext,
        next: (InboundMessage, BotContext) async throws -> Reply?
    ) async throws -> Reply? {
        runs.increment()
        guard case .text(let text)? = try await next(message, context) else { return nil }
        return .text(text + " " + name)
    }
}

/// Answers blocked users itself, without calling the rules.
struct Blocklist: BotMiddleware {
    let blocked: Set<String>

    func handle(
        _ message: InboundMessage,
        context: BotContext,
        next: (InboundMessage, BotContext) async throws -> Reply?
    ) async throws -> Reply? {
        if blocked.contains(message.header.fromUserName) { return .text("blocked") }
        return try await next(message, context)
    }
}

@Suite("Middlewares")
struct MiddlewareTests {
    @Test("user middlewares run in order around the rules and can answer without them")
    func order() async {
        let runs = Counter()
        let rules = Counter()
        let bot = Bot(middlewares: [Blocklist(blocked: ["mallory"]), Tag(name: "inner", runs: runs)]) {
            On(.text) { text, _ in
                rules.increment()
                return .text(text.content)
            }
        }
        await bot.test { client in
            #expect(await client.send(.text("hi")).text == "hi inner")
            #expect(await client.send(.text("hi"), from: "mallory").text == "blocked")
            #expect(runs.value == 1)
            #expect(rules.value == 1)
        }
    }

    @Test("user middlewares run after de-duplication: a retry does not run them again")
    func afterDeduplication() async {
        let runs = Counter()
        let bot = Bot(middlewares: [Tag(name: "tagged", runs: runs)]) {
            On(.text) { text, _ in .text(text.content) }
        }
        await bot.test { client in
            let message = client.message(.text("hi"))
            #expect(await client.deliver(message).text == "hi tagged")
            #expect(await client.deliver(message).text == "hi tagged")
            #expect(runs.value == 1)
        }
    }

    @Test("user middlewares run after the release-test responder")
    func afterReleaseTest() async {
        let runs = Counter()
        let bot = Bot(middlewares: [Tag(name: "tagged", runs: runs)]) { Otherwise { _, _ in nil } }
        await bot.test(account: .releaseTest(group: 1, .officialAccount)) { client in
            #expect(
                await client.send(.text("TESTCOMPONENT_MSG_TYPE_TEXT")).text == "TESTCOMPONENT_MSG_TYPE_TEXT_callback")
            #expect(runs.value == 0)
        }
    }

    @Test("a throwing middleware is answered success, like a throwing handler")
    func throwingMiddleware() async {
        struct Failing: BotMiddleware {
            func handle(
                _ message: InboundMessage,
                context: BotContext,
                next: (InboundMessage, BotContext) async throws -> Reply?
            ) async throws -> Reply? {
                throw HandlerFailure()
            }
        }
        let bot = Bot(configuration: .init(logger: LogRecorder().logger), middlewares: [Failing()]) {
            Otherwise { _, _ in .text("never") }
        }
        await bot.test { #expect(await $0.send(.text("x")) == .success) }
    }
}

@Suite("Background work and retries")
struct BackgroundWorkTests {
    @Test("drain runs queued jobs and the jobs they queue")
    func drain() async {
        let work = BackgroundWork(logger: LogRecorder().logger)
        let runs = Counter()
        work.enqueue("outer") {
            runs.increment()
            work.enqueue("inner") { runs.increment() }
        }
        #expect(work.pendingCount == 1)
        await work.drain()
        #expect(runs.value == 2)
        #expect(work.pendingCount == 0)
    }

    @Test("run executes jobs as they arrive and returns after finish once the queue is empty")
    func run() async {
        let work = BackgroundWork(logger: LogRecorder().logger)
        let runs = Counter()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await work.run() }
            for _ in 0..<5 {
                work.enqueue("job") { runs.increment() }
            }
            await eventually { runs.value == 5 }
            work.enqueue("last") { runs.increment() }
            work.finish()
        }
        #expect(runs.value == 6)
        work.enqueue("after finish") { runs.increment() }
        #expect(work.pendingCount == 0, "work queued after finish is dropped")
    }

    @Test("retry delays grow exponentially up to the maximum")
    func retryDelays() {
        let policy = RetryPolicy(maxAttempts: 6, initialDelay: .milliseconds(100), multiplier: 3, maxDelay: .seconds(1))
        #expect(
            (1...5).map(policy.delay(afterAttempt:)) == [
                .milliseconds(100), .milliseconds(300), .milliseconds(900), .seconds(1), .seconds(1),
            ])
        #expect(RetryPolicy(maxAttempts: 0, initialDelay: .zero).maxAttempts == 1)
    }

    @Test("the test clock wakes sleepers when advanced and honours cancellation")
    func testClock() async throws {
        let clock = TestClock()
        async let slept: Void = clock.sleep(for: .seconds(3))
        await eventually { clock.sleeperCount == 1 }
        clock.advance(by: .seconds(2))
        #expect(clock.sleeperCount == 1)
        clock.advance(by: .seconds(1))
        try await slept
        #expect(clock.now.offset == .seconds(3))
        let cancelled = Task { try await clock.sleep(for: .seconds(1)) }
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
    }
}
