import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import WeChatAPI
import WeChatAPITesting
import WeChatBot
import WeChatCallback
import WeChatHummingbird
import WeChatStorePostgres

/// One fault run in one process: the fake WeChat API, the platform on PostgreSQL, the load, the fault
/// schedule and the PostgreSQL restart; then the drain, the checks at the fake and the printed table.
enum FaultRun {
    /// How long graceful shutdown may take to finish the late replies and release-test sends.
    static let drainTimeout = Duration.seconds(90)

    /// A progress line on standard error (the run's log), so a stuck phase shows where it stopped.
    static func progress(_ line: String) {
        FileHandle.standardError.write(Data("\(Date()) FaultRun: \(line)\n".utf8))
    }

    /// Runs everything; returns whether every check passed.
    static func run(settings: FaultRunSettings, logger: Logger) async throws -> Bool {
        try await FakeWeChatAPI.withRunning(logger: logger) { fake in
            let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
            let platform = try FaultPlatform(settings: settings, fake: fake, logger: logger) { port in
                portContinuation.yield(port)
                portContinuation.finish()
            }
            let group = ServiceGroup(configuration: .init(services: [platform.application], logger: logger))
            return try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                var iterator = ports.makeAsyncIterator()
                guard let port = await iterator.next(), port > 0 else { throw FaultRunError("the server did not start") }
                let http = HTTPClient(
                    eventLoopGroupProvider: .singleton,
                    configuration: HTTPClient.Configuration(
                        connectionPool: .init(
                            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: settings.senders * 2))
                )
                let outcome: Result<FaultReport, any Error>
                do {
                    outcome = .success(
                        try await drive(
                            settings: settings, fake: fake, platform: platform,
                            baseURL: "http://127.0.0.1:\(port)", http: http))
                } catch {
                    outcome = .failure(error)
                }
                try? await http.shutdown()
                await group.triggerGracefulShutdown()
                tasks.addTask {
                    guard (try? await Task.sleep(for: drainTimeout)) != nil else { return }
                    throw FaultRunError("the bot's background work did not drain within \(drainTimeout) of shutdown")
                }
                var drainFailure: String?
                do {
                    try await tasks.next()
                    tasks.cancelAll()
                } catch {
                    drainFailure = "\(error)"
                }
                var report = try outcome.get()
                report.calls = fake.calls()
                report.drainFailure = drainFailure
                let (text, failures) = report.render()
                FileHandle.standardOutput.write(Data((text + "\n").utf8))
                // A job stuck on a dead connection would keep the group from returning: end here.
                if drainFailure != nil { exit(1) }
                try await tasks.waitForAll()
                return failures.isEmpty
            }
        }
    }

    /// Set-up, load with faults and the restart, then the wait for owed sends and the store probe.
    private static func drive(
        settings: FaultRunSettings, fake: FakeWeChatAPI, platform: FaultPlatform, baseURL: String, http: HTTPClient
    ) async throws -> FaultReport {
        let side = try WeChatSide(componentAppID: fake.configuration.componentAppID)
        try await setUp(side: side, fake: fake, platform: platform, baseURL: baseURL, http: http)
        progress("verify ticket pushed; two authorizers stored")
        let ledger = RunLedger()
        let driver = LoadDriver(
            http: http, baseURL: baseURL, side: side, fake: fake, ledger: ledger, rate: settings.rate,
            senders: settings.senders)
        let restart = PostgresRestart(control: settings.postgresControl, directory: settings.postgresDirectory)
        let start = ContinuousClock.now + .milliseconds(200)
        let end = start + settings.duration
        progress("load for \(settings.duration) at \(settings.rate) msg/s; PostgreSQL restart at \(settings.restartAt)")
        let sent = try await withThrowingTaskGroup(of: Int.self) { tasks in
            tasks.addTask {
                await FaultSchedule(interval: .seconds(3)).run(fake: fake, ledger: ledger, from: start, until: end)
                return 0
            }
            tasks.addTask {
                try await Task.sleep(until: start + settings.restartAt)
                try await restart.run(downFor: settings.downFor, ledger: ledger)
                return 0
            }
            tasks.addTask { await driver.run(from: start, until: end) }
            return try await tasks.reduce(0, +)
        }
        let loadEnd = ContinuousClock.now
        progress("load done (\(sent) messages); waiting for the owed customer-service sends")
        await waitForOwedSends(ledger: ledger, fake: fake, timeout: .seconds(60))
        progress("probing the stores")
        let recovery = await probeStores(platform.store)
        progress("graceful shutdown (drains the background work)")
        return FaultReport(
            settings: settings, ledger: ledger, calls: [], recovery: recovery, messagesSent: sent, loadStart: start,
            loadEnd: loadEnd)
    }

    /// WeChat's first pushes: the verify ticket, then the authorizations of the normal account and of the
    /// release-test account; waits until both authorizers' refresh tokens are stored.
    private static func setUp(
        side: WeChatSide, fake: FakeWeChatAPI, platform: FaultPlatform, baseURL: String, http: HTTPClient
    ) async throws {
        try await pushNotice(side.ticketNotice(fake.pushVerifyTicket()), side: side, baseURL: baseURL, http: http)
        let component = fake.configuration.componentAppID
        for appID in [FaultPlatform.authorizer.appID, FaultPlatform.testAccount.appID!] {
            let code = fake.mintAuthorizationCode(authorizerAppID: appID)
            try await pushNotice(side.authorizedNotice(appID, code: code), side: side, baseURL: baseURL, http: http)
        }
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let authorizers = try await platform.store.authorizers(of: component)
            if authorizers.count == 2 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw FaultRunError("the authorizations were not stored within 30 s")
    }

    private static func pushNotice(_ xml: String, side: WeChatSide, baseURL: String, http: HTTPClient) async throws {
        let (query, body) = try side.seal(xml, envelope: .appID(side.componentAppID))
        var request = HTTPClientRequest(url: "\(baseURL)/wechat/platform/events?\(query)")
        request.method = .POST
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await http.execute(request, timeout: .seconds(10))
        let text = String(buffer: try await response.body.collect(upTo: 1 << 16))
        guard response.status.code == 200, text == "success" else {
            throw FaultRunError("notice answered \(response.status.code) \(text)")
        }
    }

    /// Polls the fake until every owed text was sent, or `timeout` passes; then waits a few seconds more so
    /// late duplicates show up too.
    private static func waitForOwedSends(ledger: RunLedger, fake: FakeWeChatAPI, timeout: Duration) async {
        let deadline = ContinuousClock.now + timeout
        let owed = Set(ledger.owedTexts.keys)
        while ContinuousClock.now < deadline {
            let sent = Set(
                fake.calls(path: FaultSchedule.customSend).filter { $0.status == 200 && $0.errcode == 0 }
                    .compactMap { $0.body?["text"]?["content"]?.stringValue })
            if owed.isSubset(of: sent) { break }
            try? await Task.sleep(for: .milliseconds(500))
        }
        try? await Task.sleep(for: .seconds(5))
    }

    /// A credential write read back and a fresh de-duplication claim, after the restart.
    private static func probeStores(_ store: PostgresStore) async -> FaultReport.Recovery {
        let key = CredentialKey.componentVerifyTicket(componentAppID: "wxfaultrunprobe01")
        let value = "probe-" + UUID().uuidString
        let now = Int64(Date().timeIntervalSince1970)
        let written =
            (try? await store.save(StoredCredential(value: value, expiresAt: now + 60, updatedAt: now), for: key)) != nil
        let readBack = written ? (try? await store.load(key))?.value == value : false
        let claim = try? await store.claim("faultrun-probe|" + UUID().uuidString, ttl: .seconds(60))
        return .init(credentialWriteRead: readBack, deduplicationClaim: claim == .claimed)
    }
}
