import Foundation
import Logging
import PostgresNIO
import Testing
import WeChatStorePostgres

/// The PostgreSQL server named by `WECHAT_TEST_POSTGRES_URL` (e.g. `postgres://wechat@127.0.0.1:5432/postgres`).
///
/// Without it the suite is skipped, except under `CI=true`, where its tests run and fail on the missing URL.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["WECHAT_TEST_POSTGRES_URL"]
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Whether the suite runs: a server is configured, or CI demands one.
    static let shouldRun = url != nil || isCI
    static let skipReason: Comment = "WECHAT_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against"

    /// A client configuration for the server, tagged with `applicationName` so a test can find its
    /// connections in `pg_stat_activity`.
    static func configuration(applicationName: String) throws -> PostgresClient.Configuration {
        let text = try #require(url, "CI=true requires WECHAT_TEST_POSTGRES_URL (a PostgreSQL server)")
        let components = try #require(URLComponents(string: text), "WECHAT_TEST_POSTGRES_URL is not a URL")
        let database = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        var configuration = PostgresClient.Configuration(
            host: try #require(components.host, "WECHAT_TEST_POSTGRES_URL has no host"),
            port: components.port ?? 5432,
            username: components.user ?? "postgres",
            password: components.password,
            database: database.isEmpty ? nil : database,
            tls: .disable
        )
        configuration.options.additionalStartupParameters = [("application_name", applicationName)]
        return configuration
    }
}

/// One test's world: `count` stores (separate clients, like separate instances) sharing a fresh schema,
/// and an admin client for inspecting and disturbing them. The schema is dropped afterwards.
struct PostgresTestContext {
    let stores: [PostgresStore]
    let admin: PostgresClient
    let schema: String
    /// `application_name` of the connections of `stores[i]`.
    let applicationNames: [String]

    /// Terminates every connection of `stores[index]`, as a crash or a server restart would.
    func terminateConnections(ofStore index: Int) async throws {
        _ = try await admin.query(
            """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE application_name = \(applicationNames[index])
            """
        ).collect()
    }
}

func withPostgresStores(
    count: Int = 1,
    lockTimeout: Duration = .seconds(20),
    purgeInterval: Duration = .seconds(60),
    _ body: (PostgresTestContext) async throws -> Void
) async throws {
    let schema = "wechat_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    let logger = Logger(label: "postgres-store-test")
    let applicationNames = (0..<count).map { "\(schema)_\($0)" }
    let stores = try applicationNames.map { name in
        try PostgresStore(
            postgres: PostgresTestServer.configuration(applicationName: name),
            configuration: .init(
                schema: schema, lockTimeout: lockTimeout, pollInterval: .milliseconds(20), purgeInterval: purgeInterval
            ),
            logger: logger
        )
    }
    let admin = PostgresClient(
        configuration: try PostgresTestServer.configuration(applicationName: "\(schema)_admin"),
        backgroundLogger: logger
    )
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await admin.run() }
        for store in stores {
            group.addTask { try await store.run() }
        }
        let context = PostgresTestContext(
            stores: stores, admin: admin, schema: schema, applicationNames: applicationNames)
        var failure: (any Error)?
        do {
            try await body(context)
        } catch {
            failure = error
        }
        _ = try? await admin.query("DROP SCHEMA IF EXISTS \(unescaped: "\"\(schema)\"") CASCADE").collect()
        group.cancelAll()
        if let failure { throw failure }
    }
}
