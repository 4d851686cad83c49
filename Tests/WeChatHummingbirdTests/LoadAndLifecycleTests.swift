import NIOHTTP1
import Synchronization
import Testing
import WeChatBot
import WeChatBotTesting
import WeChatHummingbird
import WeChatMessages

@testable import EchoBot

@Suite("Concurrency, metrics and graceful shutdown")
struct LoadAndLifecycleTests {
    @Test("200 concurrent safe-mode messages are each answered with their own reply")
    func concurrentMessages() async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            try await withThrowingTaskGroup(of: (Int, Reply).self) { group in
                for index in 0..<200 {
                    group.addTask {
                        let mode = SendMode.allCases[index % 3]
                        return (
                            index,
                            try await client.reply(
                                to: Fixture.text("message \(index)", msgID: Int64(10_000 + index)), mode: mode)
                        )
                    }
                }
                var answered = Set<Int>()
                for try await (index, reply) in group {
                    #expect(reply == .text("message \(index)"))
                    answered.insert(index)
                }
                #expect(answered.count == 200)
            }
        }
    }

    @Test("/healthz answers ok and /metrics counts requests, outcomes and de-duplication hits")
    func metrics() async throws {
        let probe = PrometheusRegistryProbe()
        try await TestServer(accounts: [Fixture.account()], registry: probe.registry).run(.echo) {
            client, _ async throws in
            let health = try await client.request(.GET, "/healthz")
            #expect(health.status == 200)
            #expect(health.body == "ok")
            _ = try await client.post(Fixture.text("a", msgID: 1), mode: .safe)
            _ = try await client.post(Fixture.text("a", msgID: 1), mode: .safe)
            _ = try await client.post(Fixture.event("unsubscribe"), mode: .plain)
            _ = try await client.request(.POST, "/wechat", query: [("timestamp", "1"), ("nonce", "1")], body: "x")
            let metrics = try await client.request(.GET, "/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.body.contains("wechat_requests_total"))
            #expect(probe.value(of: "wechat_requests_total", labels: ["outcome=\"reply\"", "route=\"/wechat\""]) == 2)
            #expect(probe.value(of: "wechat_requests_total", labels: ["outcome=\"success\""]) == 1)
            #expect(probe.value(of: "wechat_requests_total", labels: ["outcome=\"unauthorized\""]) == 1)
            #expect(probe.value(of: "wechat_deduplication_hits_total") == 1)
            #expect(probe.value(of: "wechat_pipeline_duration_seconds_count") == 3)
        }
    }

    @Test("graceful shutdown lets an in-flight message finish with its reply")
    func gracefulShutdown() async throws {
        let started = Mutex(false)
        let bot = Bot(configuration: .init(logger: quietLogger)) {
            On(.text) { text, _ in
                started.withLock { $0 = true }
                try await Task.sleep(for: .milliseconds(500))
                return .text("finished " + text.content)
            }
        }
        try await TestServer(accounts: [Fixture.account()], deadline: .seconds(4)).run(bot) {
            client, shutdown async throws in
            async let reply = client.reply(to: Fixture.text("in flight"), mode: .safe)
            try await eventually { started.withLock { $0 } }
            await shutdown()
            #expect(try await reply == .text("finished in flight"))
        }
    }
}
