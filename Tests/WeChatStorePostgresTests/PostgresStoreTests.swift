import Logging
import PostgresNIO
import StoreContracts
import Synchronization
import Testing
import WeChatAPI
import WeChatBot
import WeChatStorePostgres

@Suite("PostgreSQL store", .enabled(if: PostgresTestServer.shouldRun, PostgresTestServer.skipReason))
struct PostgresStoreTests {
    private let key = CredentialKey.authorizerAccessToken(componentAppID: "wxc", authorizerAppID: "wxa")

    @Test("a PostgreSQL server is configured")
    func serverIsConfigured() throws {
        _ = try PostgresTestServer.configuration(applicationName: "probe")
    }

    @Test("credentials: save, load, overwrite and remove round-trip")
    func roundTrip() async throws {
        try await withPostgresStores { try await CredentialStoreContract.roundTrip($0.stores[0]) }
    }

    @Test("credentials: expiry times round-trip, including none and the extremes")
    func expiryExtremes() async throws {
        try await withPostgresStores { try await CredentialStoreContract.expiryExtremes($0.stores[0]) }
    }

    @Test("credentials: authorizers lists only refresh tokens of the asked component, sorted")
    func authorizers() async throws {
        try await withPostgresStores { try await CredentialStoreContract.authorizers($0.stores[0]) }
    }

    @Test("credentials: hostile appids and huge values are stored verbatim, not run as SQL")
    func hostileInput() async throws {
        try await withPostgresStores { try await CredentialStoreContract.hostileInput($0.stores[0]) }
    }

    @Test("refresh: 50 concurrent calls over two instances refresh once")
    func singleFlightAcrossInstances() async throws {
        try await withPostgresStores(count: 2) {
            try await CredentialStoreContract.singleFlight($0.stores[0], $0.stores[1])
        }
    }

    @Test("refresh: a usable credential is returned; an expired one is refreshed and saved")
    func refreshesOnlyWhenUnusable() async throws {
        try await withPostgresStores { try await CredentialStoreContract.refreshesOnlyWhenUnusable($0.stores[0]) }
    }

    @Test("refresh: a failed refresh saves nothing and blocks nobody")
    func failureReleases() async throws {
        try await withPostgresStores(count: 2) {
            try await CredentialStoreContract.failureReleases($0.stores[0], $0.stores[1])
        }
    }

    @Test("refresh: a refresh may refresh and save other keys meanwhile")
    func nestedRefresh() async throws {
        try await withPostgresStores { try await CredentialStoreContract.nestedRefresh($0.stores[0]) }
    }

    @Test("refresh: while one instance refreshes the other waits, then reads its result")
    func waitersReadHolderResult() async throws {
        try await withPostgresStores(count: 2) {
            try await CredentialStoreContract.waitersReadHolderResult($0.stores[0], $0.stores[1])
        }
    }

    @Test("refresh: a holder whose connection is killed does not block the others")
    func deadHolderDoesNotBlock() async throws {
        try await withPostgresStores(count: 2) { context in
            let holding = AsyncStream.makeStream(of: Void.self)
            let release = AsyncStream.makeStream(of: Void.self)
            async let holder: StoredCredential = context.stores[0].refresh(key, isUsable: { _ in false }) {
                holding.continuation.yield()
                for await _ in release.stream { break }
                return StoredCredential(value: "from-dead-holder", expiresAt: 7200, updatedAt: 0)
            }
            for await _ in holding.stream { break }
            async let waiter = context.stores[1].refresh(key, isUsable: { $0.value == "from-waiter" }) {
                StoredCredential(value: "from-waiter", expiresAt: 7200, updatedAt: 1)
            }
            try await Task.sleep(for: .milliseconds(200))
            try await context.terminateConnections(ofStore: 0)
            #expect(try await waiter.value == "from-waiter")
            release.continuation.yield()
            do {
                _ = try await holder
                Issue.record("the holder whose connection was killed must fail")
            } catch {
                #expect(error as? PostgresStoreError == .connectionLost)
            }
            #expect(try await context.stores[0].load(key)?.value == "from-waiter")
        }
    }

    @Test("refresh: waiting for another instance's refresh ends after the lock timeout")
    func lockTimeoutBoundsWaiting() async throws {
        try await withPostgresStores(count: 2, lockTimeout: .milliseconds(200)) { context in
            let holding = AsyncStream.makeStream(of: Void.self)
            let release = AsyncStream.makeStream(of: Void.self)
            async let holder: StoredCredential = context.stores[0].refresh(key, isUsable: { _ in false }) {
                holding.continuation.yield()
                for await _ in release.stream { break }
                return StoredCredential(value: "slow", expiresAt: 7200, updatedAt: 0)
            }
            for await _ in holding.stream { break }
            await #expect(throws: PSQLError.self) {
                try await context.stores[1].refresh(key, isUsable: { _ in false }) {
                    Issue.record("the waiter must not refresh while the lock is held")
                    return StoredCredential(value: "impatient", expiresAt: 7200, updatedAt: 1)
                }
            }
            release.continuation.yield()
            let held = try await holder
            #expect(held.value == "slow")
        }
    }

    @Test("de-duplication: a claim sweeps expired keys and sessions, and keeps live ones")
    func purgesExpiredRows() async throws {
        try await withPostgresStores(purgeInterval: .zero) { context in
            let store = context.stores[0]
            _ = try await store.claim("expired", ttl: .milliseconds(20))
            _ = try await store.claim("live", ttl: .seconds(60))
            try await store.save("expired-session", value: [1], ttl: .milliseconds(20))
            try await store.save("live-session", value: [2], ttl: .seconds(60))
            try await Task.sleep(for: .milliseconds(60))
            _ = try await store.claim("trigger", ttl: .seconds(60))
            let schema = "\"\(context.schema)\""
            var keys: [String] = []
            for try await key in try await context.admin.query(
                "SELECT key FROM \(unescaped: schema).wechat_deduplication ORDER BY key"
            ).decode(String.self) { keys.append(key) }
            var sessions: [String] = []
            for try await key in try await context.admin.query(
                "SELECT key FROM \(unescaped: schema).wechat_sessions"
            ).decode(String.self) { sessions.append(key) }
            #expect(keys == ["live", "trigger"])
            #expect(sessions == ["live-session"])
        }
    }

    @Test("all connections dropped (as in a server restart): the same store object reconnects")
    func recoversAfterConnectionsDrop() async throws {
        try await withPostgresStores { context in
            let store = context.stores[0]
            try await store.save(StoredCredential(value: "before", expiresAt: nil, updatedAt: 0), for: key)
            try await context.terminateConnections(ofStore: 0)
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await store.load(key)?.value == "before")
            try await store.save(StoredCredential(value: "after", expiresAt: nil, updatedAt: 1), for: key)
            #expect(try await store.load(key)?.value == "after")
            #expect(try await store.claim("k", ttl: .seconds(30)) == .claimed)
        }
    }

    @Test("connections killed while operations are issued: every operation ends (succeeds or fails), none hangs")
    func operationsNeverHangOnDeadConnections() async throws {
        try await withPostgresStores { context in
            let store = context.stores[0]
            try await store.save(StoredCredential(value: "ready", expiresAt: nil, updatedAt: 0), for: key)
            let finished = FinishedCount()
            let issued = 20 * 8
            for round in 0..<20 {
                // Unstructured on purpose: a hung operation must not keep the test itself from ending.
                for index in 0..<8 {
                    Task {
                        _ = try? await store.claim("round-\(round)-\(index)", ttl: .seconds(30))
                        _ = try? await store.load(key)
                        finished.increment()
                    }
                }
                try await context.terminateConnections(ofStore: 0)
            }
            for _ in 0..<1500 where finished.value < issued {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(finished.value == issued)
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await store.claim("after", ttl: .seconds(30)) == .claimed)
        }
    }

    @Test("de-duplication: 50 concurrent claims over two instances, exactly one claimed")
    func claimIsAtomic() async throws {
        try await withPostgresStores(count: 2) {
            try await DeduplicationStoreContract.claimIsAtomic($0.stores[0], $0.stores[1])
        }
    }

    @Test("de-duplication: claim, finish, replay and abandon")
    func deduplicationLifecycle() async throws {
        try await withPostgresStores { try await DeduplicationStoreContract.lifecycle($0.stores[0]) }
    }

    @Test("de-duplication: expired claims count as absent; zero and huge TTLs work")
    func deduplicationExpiry() async throws {
        try await withPostgresStores { try await DeduplicationStoreContract.expiry($0.stores[0]) }
    }

    @Test("de-duplication: awaitOutcome returns what another instance finishes, nil on abandon or timeout")
    func awaitOutcome() async throws {
        try await withPostgresStores(count: 2) {
            try await DeduplicationStoreContract.awaitOutcome($0.stores[0], $0.stores[1])
        }
    }

    @Test("de-duplication: hostile, empty and huge keys are distinct keys")
    func hostileKeys() async throws {
        try await withPostgresStores { try await DeduplicationStoreContract.hostileKeys($0.stores[0]) }
    }

    @Test("sessions: bytes round-trip between instances; overwrite and delete")
    func sessionRoundTrip() async throws {
        try await withPostgresStores(count: 2) {
            try await SessionStoreContract.roundTrip($0.stores[0], $0.stores[1])
        }
    }

    @Test("sessions: a session expires after its TTL, and saving again revives it")
    func sessionExpiry() async throws {
        try await withPostgresStores { try await SessionStoreContract.expiry($0.stores[0]) }
    }

    @Test("a database migrated by a newer version is refused by run() and by operations")
    func newerSchemaIsRefused() async throws {
        try await withPostgresStores { context in
            let schema = "\"\(context.schema)\""
            #expect(try await context.stores[0].load(key) == nil)
            _ = try await context.admin.query("UPDATE \(unescaped: schema).wechat_schema_version SET version = 99")
                .collect()
            let newcomer = try PostgresStore(
                postgres: PostgresTestServer.configuration(applicationName: "\(context.schema)_new"),
                configuration: .init(schema: context.schema),
                logger: Logger(label: "postgres-store-test")
            )
            await #expect(throws: PostgresStoreError.schemaTooNew(found: 99, supported: 1)) {
                try await newcomer.run()
            }
            await #expect(throws: PostgresStoreError.schemaTooNew(found: 99, supported: 1)) {
                try await newcomer.load(key)
            }
        }
    }
}

@Suite("PostgreSQL store configuration")
struct PostgresStoreConfigurationTests {
    private let postgres = PostgresClient.Configuration(
        host: "127.0.0.1", username: "wechat", password: nil, database: nil, tls: .disable
    )

    @Test(
        "schema names that are not plain identifiers are refused",
        arguments: [
            "", "1abc", "a-b", "a\"b", "public; DROP TABLE x", "ü", String(repeating: "a", count: 64),
        ])
    func invalidSchemaName(_ name: String) throws {
        let error = #expect(throws: PostgresStoreError.invalidSchemaName(name)) {
            try PostgresStore(postgres: postgres, configuration: .init(schema: name), logger: Logger(label: "test"))
        }
        #expect(error.map { "\($0)".contains("identifier") } == true)
    }

    @Test(
        "plain identifiers are accepted", arguments: ["public", "_x", "Tenant_42", String(repeating: "a", count: 63)])
    func validSchemaName(_ name: String) throws {
        _ = try PostgresStore(postgres: postgres, configuration: .init(schema: name), logger: Logger(label: "test"))
    }
}

@Suite(
    "PostgreSQL store across a server restart",
    .enabled(
        if: PostgresTestServer.shouldRun && ThrowawayPostgresServer.binaries != nil,
        "needs WECHAT_TEST_POSTGRES_URL and PostgreSQL server binaries to run a server of its own")
)
struct PostgresStoreRestartTests {
    @Test("the same store object works again after its PostgreSQL server restarted")
    func recoversAfterServerRestart() async throws {
        let server = try await ThrowawayPostgresServer()
        let store = try PostgresStore(
            postgres: server.configuration(applicationName: "wechat_restart_test"),
            logger: Logger(label: "postgres-store-test")
        )
        let key = CredentialKey.componentAccessToken(componentAppID: "wxrestart")
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.run() }
                try await store.save(StoredCredential(value: "before", expiresAt: nil, updatedAt: 0), for: key)
                try await server.stop()
                try await server.start()
                #expect(try await store.load(key)?.value == "before")
                try await store.save(StoredCredential(value: "after", expiresAt: nil, updatedAt: 1), for: key)
                #expect(try await store.load(key)?.value == "after")
                #expect(try await store.claim("k", ttl: .seconds(30)) == .claimed)
                group.cancelAll()
            }
        } catch {
            await server.remove()
            throw error
        }
        await server.remove()
    }
}

/// How many operations have ended, counted from unstructured tasks.
private final class FinishedCount: Sendable {
    private let count = Mutex(0)

    func increment() {
        count.withLock { $0 += 1 }
    }

    var value: Int {
        count.withLock { $0 }
    }
}
