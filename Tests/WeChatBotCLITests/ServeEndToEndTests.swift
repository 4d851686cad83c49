import ArgumentParser
import AsyncHTTPClient
import Prometheus
import Testing
import WeChatBotCLI
import WeChatMessages

@Suite("serve and simulate end to end, over real sockets")
struct ServeEndToEndTests {
    /// Runs `serve` for `plan` until `body` is done.
    static func serving(_ plan: ServePlan, _ body: (_ port: Int, _ banner: String) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let (banners, bannerContinuation) = AsyncStream<String>.makeStream()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await ServeRuntime.run(
                    plan,
                    logger: quietLogger,
                    registry: PrometheusCollectorRegistry(),
                    output: { bannerContinuation.yield($0) },
                    onServerRunning: { continuation.yield($0) }
                )
            }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            var bannerIterator = banners.makeAsyncIterator()
            let banner = try #require(await bannerIterator.next())
            do {
                try await body(port, banner)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
            try? await group.waitForAll()
        }
    }

    @Test("the no-configuration demo (echo bot, SQLite store) answers simulate in every mode")
    func demo() async throws {
        let directory = try TemporaryDirectory()
        var settings = ServeSettings()
        settings.port = 0
        settings.store = "sqlite:" + directory.path + "/wechat-bot.sqlite"
        let plan = try ServePlan(settings)
        try await Self.serving(plan) { port, banner in
            let account = try #require(plan.accounts.first)
            #expect(banner.contains("wechat-bot simulate text \"hello\" --url http://127.0.0.1:\(port)/wechat"))
            for (index, mode) in SimulationMode.allCases.enumerated() {
                let simulator = try Simulator(
                    target: .init(
                        url: "http://127.0.0.1:\(port)/wechat",
                        token: account.token ?? "",
                        aesKey: account.aesKey,
                        appID: account.appID ?? "",
                        mode: mode
                    ),
                    httpClient: .shared
                )
                let text = try await simulator.send(SimulatedMessage(.text("hello"), msgID: 1 + Int64(index)))
                #expect(text.reply == .text("hello"))
                #expect(text.wasEncrypted == (mode != .plain))
                #expect(text.readable.hasSuffix("text: hello"))
                let subscribe = try await simulator.send(
                    SimulatedMessage(.subscribe(scene: nil), createTime: 1_700_000_000 + Int64(index)))
                #expect(subscribe.reply == .text("welcome"))
                let unsubscribe = try await simulator.send(SimulatedMessage(.unsubscribe))
                #expect(unsubscribe.readable == "HTTP 200 · no reply (success)")
            }
        }
    }

    @Test("serve with a rules file answers by the rules; every simulated kind gets an answer")
    func rules() async throws {
        let directory = try TemporaryDirectory()
        let rules = try directory.write(
            "rules.yaml",
            "rules:\n  - keyword: hello\n    reply: Hi from rules\n  - event: subscribe\n    reply: Thanks for following\n"
                + "  - menu: MENU_TODAY\n    reply: Today's special\n  - otherwise: true\n    reply: Say hello\n"
        )
        var settings = ServeSettings()
        settings.port = 0
        settings.store = "memory"
        settings.rules = rules
        settings.mode = .safeOnly
        settings.accounts = [
            .init(token: "ruleToken", aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", appID: "wxrules")
        ]
        try await Self.serving(try ServePlan(settings)) { port, _ in
            let target = Simulator.Target(
                url: "http://127.0.0.1:\(port)/wechat",
                token: "ruleToken",
                aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
                appID: "wxrules",
                mode: .safe
            )
            let simulator = try Simulator(target: target, httpClient: .shared)
            #expect(try await simulator.send(SimulatedMessage(.text("hello"))).reply == .text("Hi from rules"))
            #expect(
                try await simulator.send(SimulatedMessage(.subscribe(scene: "42"))).reply
                    == .text("Thanks for following"))
            #expect(
                try await simulator.send(SimulatedMessage(.click(key: "MENU_TODAY"))).reply == .text("Today's special"))
            let kinds: [SimulatedMessage.Kind] = [
                .image(mediaID: "m"), .voice(mediaID: "v"), .video(mediaID: "v"), .shortVideo(mediaID: "s"),
                .location(latitude: 1, longitude: 2, label: "here"), .link(title: "t", url: "https://e.com"),
                .scan(scene: "1"), .view(url: "https://e.com"), .locationEvent(latitude: 1, longitude: 2),
            ]
            for (index, kind) in kinds.enumerated() {
                let result = try await simulator.send(
                    SimulatedMessage(kind, createTime: 1_700_000_100 + Int64(index), msgID: 500 + Int64(index)))
                #expect(result.reply == .text("Say hello"), "\(kind)")
            }
            let plain = try Simulator(
                target: .init(url: target.url, token: "ruleToken", aesKey: nil, appID: "wxrules", mode: .plain),
                httpClient: .shared)
            #expect(try await plain.send(SimulatedMessage(.text("hello"), msgID: 9)).status == 400)
            try await URLCheck.verify(url: target.url, token: "ruleToken", httpClient: .shared)
            await #expect(throws: WeChatBotCLIError.self) {
                try await URLCheck.verify(url: target.url, token: "wrongToken", httpClient: .shared)
            }
        }
    }

    @Test("simulate's arguments build the message and target; a safe mode without key is refused")
    func simulateArguments() throws {
        let command = try SimulateCommand.parse([
            "subscribe", "--scene", "7", "--token", "abc", "--app-id", "wx1", "--mode", "plain",
        ])
        #expect(command.message().kind == .subscribe(scene: "7"))
        #expect(command.message().xml.contains("<EventKey><![CDATA[qrscene_7]]></EventKey>"))
        let target = try command.target(environment: ["WECHAT_AES_KEY": "ignored-for-plain"])
        #expect(target.mode == .plain)
        #expect(target.url == "http://127.0.0.1:8080/wechat")
        #expect(throws: WeChatBotCLIError.self) {
            try Simulator(
                target: .init(url: "http://x", token: "abc", aesKey: nil, appID: "wx", mode: .safe), httpClient: .shared
            )
        }
        #expect(SimulatedMessage(.text("a]]>b")).xml.contains("<Content><![CDATA[a]]]]><![CDATA[>b]]></Content>"))
    }
}
