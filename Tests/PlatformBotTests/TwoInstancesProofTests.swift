import Foundation
import Logging
import PostgresNIO
import Testing
import WeChatAPI
import WeChatAPITesting
import WeChatStorePostgres

@testable import PlatformBot

/// The PostgreSQL server of `WECHAT_TEST_POSTGRES_URL`; the proof is skipped without it, except under `CI=true`.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["WECHAT_TEST_POSTGRES_URL"]
    static let shouldRun = url != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    static func configuration() throws -> PostgresClient.Configuration {
        let text = try #require(url, "CI=true requires WECHAT_TEST_POSTGRES_URL (a PostgreSQL server)")
        let parts = try #require(URLComponents(string: text), "WECHAT_TEST_POSTGRES_URL is not a URL")
        let database = parts.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return PostgresClient.Configuration(
            host: try #require(parts.host, "WECHAT_TEST_POSTGRES_URL has no host"), port: parts.port ?? 5432,
            username: parts.user ?? "postgres", password: parts.password, database: database.isEmpty ? nil : database,
            tls: .disable
        )
    }
}

@Suite("Proof: two server instances on one PostgreSQL refresh an expired token exactly once")
struct TwoInstancesProofTests {
    static let component = PlatformTestKit.componentAppID
    static let authorizer = PlatformTestKit.authorizerAppID

    @Test(
        "50 concurrent requests across two instances that need an expired authorizer token → exactly one refresh call",
        .enabled(
            if: TestPostgres.shouldRun, "WECHAT_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against")
    )
    func singleRefreshAcrossInstances() async throws {
        let schema = "platformbot_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let stores = try (0..<2).map { _ in
            try PostgresStore(
                postgres: TestPostgres.configuration(), configuration: .init(schema: schema),
                logger: PlatformTestKit.quiet)
        }
        let admin = PostgresClient(
            configuration: try TestPostgres.configuration(), backgroundLogger: PlatformTestKit.quiet)
        try await withThrowingTaskGroup(of: Void.self) { cleanup in
            cleanup.addTask { await admin.run() }
            defer { cleanup.cancelAll() }
            do {
                try await Self.prove(stores: stores)
            } catch {
                _ = try? await admin.query("DROP SCHEMA IF EXISTS \(unescaped: "\"\(schema)\"") CASCADE").collect()
                throw error
            }
            _ = try await admin.query("DROP SCHEMA IF EXISTS \(unescaped: "\"\(schema)\"") CASCADE").collect()
        }
    }

    private static func prove(stores: [PostgresStore]) async throws {
        try await FakeWeChatAPI.withRunning(logger: PlatformTestKit.quiet) { fake in
            let first = PlatformBotServer.Stores(
                credentials: stores[0], deduplication: stores[0], sessions: stores[0], services: [stores[0]])
            let second = PlatformBotServer.Stores(
                credentials: stores[1], deduplication: stores[1], sessions: stores[1], services: [stores[1]])
            try await InProcessPlatform.run(fake: fake, stores: first) { one in
                try await InProcessPlatform.run(fake: fake, stores: second) { two in
                    try await one.platform.receiveVerifyTicket(fake.pushVerifyTicket(), componentAppID: component)
                    try await two.platform.authorize(
                        componentAppID: component,
                        authorizationCode: fake.mintAuthorizationCode(authorizerAppID: authorizer)
                    )
                    let key = CredentialKey.authorizerAccessToken(
                        componentAppID: component, authorizerAppID: authorizer)
                    let stored = try #require(try await stores[0].load(key))
                    let past = Int64(Date().timeIntervalSince1970) - 60
                    try await stores[0].save(
                        StoredCredential(value: stored.value, expiresAt: past, updatedAt: past), for: key)
                    fake.expireTokens(.authorizer)
                    fake.clearCalls()

                    let path =
                        "/wechat/platform/jssdk-config/\(component)/\(authorizer)?url=https%3A%2F%2Fshop.example.com%2Fp"
                    let statuses = try await withThrowingTaskGroup(of: Int.self) { requests in
                        for index in 0..<50 {
                            let client = index.isMultiple(of: 2) ? one.client : two.client
                            requests.addTask { try await client.get(path).status }
                        }
                        return try await requests.reduce(into: []) { $0.append($1) }
                    }
                    #expect(statuses.count == 50)
                    #expect(statuses.allSatisfy { $0 == 200 })
                    let refreshes = fake.calls(path: "/cgi-bin/component/api_authorizer_token")
                    print("two instances, 50 concurrent requests: \(refreshes.count) authorizer token refresh call(s)")
                    #expect(refreshes.count == 1)
                    #expect(fake.calls(path: "/cgi-bin/ticket/getticket").count == 1)
                }
            }
        }
    }
}
