public import AsyncHTTPClient
public import CoreMetrics
public import Logging

/// An async client for the WeChat Official Account and third-party platform (component) APIs.
///
/// It holds no credentials: token endpoints take the app's secret, every other endpoint an
/// ``AccessTokenProvider`` (see ``ComponentAPI`` and `AccountAPI`). One shared `HTTPClient`
/// serves every call; the base URL points at WeChat or at a fake in tests.
public struct WeChatAPIClient: Sendable {
    /// Where WeChat lives and how patient and persistent calls are.
    public struct Configuration: Sendable {
        /// The API origin, without a trailing slash.
        public var baseURL: String
        /// How long one attempt of a call may take before it fails with `WeChatAPIError.timeout`.
        public var timeout: Duration
        /// How transient failures (`-1`, HTTP 5xx, broken connections) are retried.
        public var retry: RetryPolicy
        /// The largest response body accepted, in bytes.
        public var maxResponseBytes: Int
        /// The PC (QR code) authorization page of §6.4.
        public var pcAuthorizationPage: String
        /// The mobile authorization page of §6.4 (opened inside WeChat).
        public var mobileAuthorizationPage: String
        /// The web OAuth authorize page of §6.7.
        public var oauthAuthorizePage: String
        /// Where `wechat_api_calls_total{endpoint, errcode}` is counted; `nil` for the process's
        /// bootstrapped `MetricsSystem` (as `serve` sets up for `/metrics`).
        public var metricsFactory: (any MetricsFactory)?

        /// WeChat's production hosts, a 10 s timeout and three attempts.
        public init(
            baseURL: String = "https://api.weixin.qq.com",
            timeout: Duration = .seconds(10),
            retry: RetryPolicy = RetryPolicy(),
            maxResponseBytes: Int = 4 << 20,
            pcAuthorizationPage: String = "https://mp.weixin.qq.com/cgi-bin/componentloginpage",
            mobileAuthorizationPage: String = "https://open.weixin.qq.com/wxaopen/safe/bindcomponent",
            oauthAuthorizePage: String = "https://open.weixin.qq.com/connect/oauth2/authorize",
            metricsFactory: (any MetricsFactory)? = nil
        ) {
            self.baseURL = baseURL
            self.timeout = timeout
            self.retry = retry
            self.maxResponseBytes = maxResponseBytes
            self.pcAuthorizationPage = pcAuthorizationPage
            self.mobileAuthorizationPage = mobileAuthorizationPage
            self.oauthAuthorizePage = oauthAuthorizePage
            self.metricsFactory = metricsFactory
        }
    }

    /// Bounded exponential backoff for transient failures.
    public struct RetryPolicy: Sendable {
        /// Attempts in all, the first included (1 = never retry).
        public var maxAttempts: Int
        /// The pause before the first retry; it doubles per retry.
        public var initialBackoff: Duration
        /// The longest pause between two attempts.
        public var maxBackoff: Duration

        /// Three attempts, pausing 200 ms then 400 ms, at most 3 s.
        public init(
            maxAttempts: Int = 3, initialBackoff: Duration = .milliseconds(200), maxBackoff: Duration = .seconds(3)
        ) {
            self.maxAttempts = max(1, maxAttempts)
            self.initialBackoff = initialBackoff
            self.maxBackoff = maxBackoff
        }

        /// The pause after failed attempt number `attempt` (1-based).
        func backoff(afterAttempt attempt: Int) -> Duration {
            var pause = initialBackoff
            for _ in 1..<max(1, attempt) where pause < maxBackoff { pause *= 2 }
            return min(pause, maxBackoff)
        }
    }

    let httpClient: HTTPClient
    /// The hosts, timeout and retry policy in use.
    public let configuration: Configuration
    let logger: Logger

    /// A client sending through `httpClient` (shared, owned and shut down by the caller).
    public init(httpClient: HTTPClient, configuration: Configuration = Configuration(), logger: Logger) {
        self.httpClient = httpClient
        self.configuration = configuration
        self.logger = logger
    }
}

extension WeChatAPIClient {
    /// A client on async-http-client's process-wide shared `HTTPClient` (never shut down), for small
    /// executables that do not manage an `HTTPClient` of their own.
    public static func shared(configuration: Configuration = Configuration(), logger: Logger) -> WeChatAPIClient {
        WeChatAPIClient(httpClient: .shared, configuration: configuration, logger: logger)
    }
}
