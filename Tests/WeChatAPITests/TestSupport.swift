import AsyncHTTPClient
import Logging
import Synchronization
import WeChatAPI
import WeChatAPITesting

/// Collects every log record of one test, rendered with its metadata, for secret-leak assertions.
final class LogCapture: Sendable {
    private let records = Mutex<[String]>([])

    /// A logger at `trace` level writing here.
    var logger: Logger {
        var logger = Logger(label: "test") { _ in Handler(capture: self) }
        logger.logLevel = .trace
        return logger
    }

    /// Every record so far: level, message and metadata.
    var lines: [String] { records.withLock { $0 } }

    fileprivate func append(_ line: String) {
        records.withLock { $0.append(line) }
    }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
            capture.append(
                "\(event.level) \(event.message) \(merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })")
        }
    }
}

/// A running fake, a client pointed at it, and the log of both.
struct Harness: Sendable {
    let fake: FakeWeChatAPI
    let client: WeChatAPIClient
    let logs: LogCapture

    /// The component appid the fake knows.
    var componentAppID: String { fake.configuration.componentAppID }

    /// Credentials of the fake's platform in a fresh in-memory store.
    func platform(refreshMargin: Duration = .seconds(300), store: any CredentialStore = InMemoryCredentialStore())
        -> PlatformCredentials
    {
        PlatformCredentials(
            configuration: .init(
                components: [
                    .init(
                        appID: fake.configuration.componentAppID, secret: fake.configuration.componentSecret,
                        token: "callbacktoken", encodingAESKey: String(repeating: "A", count: 43)
                    )
                ],
                refreshMargin: refreshMargin, checkInterval: .milliseconds(50)
            ),
            client: client, store: store, logger: logs.logger
        )
    }

    /// A platform with a pushed ticket and `authorizer` authorized through query auth.
    func authorizedPlatform(_ authorizer: String = "wxauthorizer000001", refreshMargin: Duration = .seconds(300))
        async throws -> PlatformCredentials
    {
        let platform = platform(refreshMargin: refreshMargin)
        try await platform.receiveVerifyTicket(fake.pushVerifyTicket(), componentAppID: componentAppID)
        try await platform.authorize(
            componentAppID: componentAppID, authorizationCode: fake.mintAuthorizationCode(authorizerAppID: authorizer))
        return platform
    }
}

/// Runs `body` against a fresh fake WeChat API over real 127.0.0.1 sockets.
func withHarness<Result: Sendable>(
    fake configuration: FakeWeChatAPI.Configuration = .init(),
    timeout: Duration = .seconds(5),
    retry: WeChatAPIClient.RetryPolicy = .init(
        maxAttempts: 3, initialBackoff: .milliseconds(10), maxBackoff: .milliseconds(40)),
    _ body: @Sendable (Harness) async throws -> Result
) async throws -> Result {
    let logs = LogCapture()
    return try await FakeWeChatAPI.withRunning(configuration: configuration) { fake in
        let client = WeChatAPIClient(
            httpClient: .shared,
            configuration: .init(baseURL: fake.baseURL, timeout: timeout, retry: retry),
            logger: logs.logger
        )
        return try await body(Harness(fake: fake, client: client, logs: logs))
    }
}

/// Counts concurrent events.
actor Counter {
    private(set) var value = 0

    func increment() -> Int {
        value += 1
        return value
    }
}
