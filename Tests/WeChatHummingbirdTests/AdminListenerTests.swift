import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import Testing
import WeChatBot
import WeChatHummingbird

@testable import EchoBot

/// The review's probe: `/metrics` and `/healthz` were always on the public listener.
@Suite("Health and metrics on an admin listener")
struct AdminListenerTests {
    static func status(_ port: Int, _ path: String) async throws -> Int {
        let response = try await HTTPClient.shared.execute(
            HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)"), timeout: .seconds(30))
        _ = try await response.body.collect(upTo: 1 << 20)
        return Int(response.status.code)
    }

    @Test("with an admin port, health and metrics (at their configured paths) leave the public listener")
    func separateListener() async throws {
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let (adminPorts, adminContinuation) = AsyncStream<Int>.makeStream()
        let application = WeChatServer.application(
            bot: .echo,
            configuration: .init(
                host: "127.0.0.1", port: 0, accounts: [try Fixture.account()],
                endpoint: .init(logger: quietLogger),
                connections: .init(metricsPath: "/internal/metrics", adminPort: 0)
            ),
            logger: quietLogger,
            onServerRunning: { portContinuation.yield($0) },
            onAdminServerRunning: { adminContinuation.yield($0) }
        )
        let group = ServiceGroup(configuration: .init(services: [application], logger: quietLogger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var publicIterator = ports.makeAsyncIterator()
            var adminIterator = adminPorts.makeAsyncIterator()
            let publicPort = try #require(await publicIterator.next())
            let adminPort = try #require(await adminIterator.next())
            do {
                #expect(try await Self.status(publicPort, "/healthz") == 404)
                #expect(try await Self.status(publicPort, "/metrics") == 404)
                #expect(try await Self.status(publicPort, "/internal/metrics") == 404)
                #expect(try await Self.status(adminPort, "/healthz") == 200)
                #expect(try await Self.status(adminPort, "/internal/metrics") == 200)
                #expect(try await Self.status(adminPort, "/wechat") == 404)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }
}
