public import Logging

extension Bot {
    /// How a bot runs: its logger and clock, the built-in middlewares, sessions and capabilities.
    ///
    /// The defaults suit one server instance: in-memory stores, release-test responder and de-duplication on.
    public struct Configuration: Sendable {
        /// The release-test responder (全网发布, https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/operation/thirdparty/releases_instructions.html).
        public struct ReleaseTest: Sendable {
            /// Whether messages to the ten release-test accounts are answered by the responder.
            public var isEnabled: Bool
            /// How the background `QUERY_AUTH_CODE` reply retries redeeming and sending.
            public var retry: RetryPolicy

            /// Creates the settings; on by default.
            public init(isEnabled: Bool = true, retry: RetryPolicy = .default) {
                self.isEnabled = isEnabled
                self.retry = retry
            }
        }

        /// De-duplication of WeChat's retries (see <doc:Middlewares>).
        public struct Deduplication: Sendable {
            /// Whether retries are recognised at all.
            public var isEnabled: Bool
            /// Where keys live; `nil` means an in-memory store on the bot's clock.
            public var store: (any DeduplicationStore)?
            /// How long a key (and its outcome) is kept, at least 30 s; WeChat retries within about 15 s.
            public var ttl: Duration
            /// How long a retry waits for the first copy's outcome before answering `success`.
            public var waitTimeout: Duration

            /// Creates the settings; on by default, 60 s keys, 4.5 s waits (inside WeChat's 5 s).
            public init(
                isEnabled: Bool = true,
                store: (any DeduplicationStore)? = nil,
                ttl: Duration = .seconds(60),
                waitTimeout: Duration = .milliseconds(4500)
            ) {
                self.isEnabled = isEnabled
                self.store = store
                self.ttl = max(ttl, .seconds(30))
                self.waitTimeout = waitTimeout
            }
        }

        /// Per-user sessions.
        public struct Sessions: Sendable {
            /// Where sessions live; `nil` means an in-memory store on the bot's clock.
            public var store: (any SessionStore)?
            /// How long a session lives after its last change.
            public var ttl: Duration

            /// Creates the settings; 30-minute sessions by default.
            public init(store: (any SessionStore)? = nil, ttl: Duration = .seconds(30 * 60)) {
                self.store = store
                self.ttl = ttl
            }
        }

        /// The bot's logger, handed to handlers through the context.
        public var logger: Logger
        /// The clock for TTLs, waits and retry back-off (a fake clock in tests).
        public var clock: any Clock<Duration>
        /// The release-test responder.
        public var releaseTest: ReleaseTest
        /// De-duplication of retries.
        public var deduplication: Deduplication
        /// Per-user sessions.
        public var sessions: Sessions
        /// The account API handlers get as `context.api`; `nil` when the host has no API client.
        public var accountAPI: (any AccountAPIProvider)?
        /// Sends customer-service messages; `nil` when the host has no API client.
        public var customerService: (any CustomerServiceSender)?
        /// Redeems authorization codes; needed by the release test's `QUERY_AUTH_CODE` step.
        public var authorizationCodeRedeemer: (any AuthorizationCodeRedeemer)?

        /// Creates a configuration; every part has a default.
        public init(
            logger: Logger = Logger(label: "WeChatBot"),
            clock: any Clock<Duration> = ContinuousClock(),
            releaseTest: ReleaseTest = ReleaseTest(),
            deduplication: Deduplication = Deduplication(),
            sessions: Sessions = Sessions(),
            accountAPI: (any AccountAPIProvider)? = nil,
            customerService: (any CustomerServiceSender)? = nil,
            authorizationCodeRedeemer: (any AuthorizationCodeRedeemer)? = nil
        ) {
            self.logger = logger
            self.clock = clock
            self.releaseTest = releaseTest
            self.deduplication = deduplication
            self.sessions = sessions
            self.accountAPI = accountAPI
            self.customerService = customerService
            self.authorizationCodeRedeemer = authorizationCodeRedeemer
        }
    }
}
