public import Logging
public import ServiceLifecycle

/// The access token and JS-SDK ticket of one plain Official Account (appid + secret), obtained through
/// `cgi-bin/stable_token`, refreshed before expiry on demand and proactively in ``run()``.
public final class AccountCredentials: Service, AccessTokenProvider, Sendable {
    /// The account and how early to refresh.
    public struct Configuration: Sendable {
        /// The account's appid.
        public var appID: String
        /// The account's AppSecret. A secret.
        public var secret: String
        /// Refresh a credential when less than this is left of its lifetime.
        public var refreshMargin: Duration
        /// How often ``run()`` checks for credentials due for refresh.
        public var checkInterval: Duration

        /// An account refreshed 5 minutes before expiry, checked every minute.
        public init(
            appID: String, secret: String, refreshMargin: Duration = .seconds(300),
            checkInterval: Duration = .seconds(60)
        ) {
            self.appID = appID
            self.secret = secret
            self.refreshMargin = refreshMargin
            self.checkInterval = checkInterval
        }
    }

    /// The account and timings.
    public let configuration: Configuration
    /// The client calls go through.
    public let client: WeChatAPIClient
    private let refresher: CredentialRefresher

    /// Credentials of the configured account, kept in `store`.
    public init(configuration: Configuration, client: WeChatAPIClient, store: any CredentialStore, logger: Logger) {
        self.configuration = configuration
        self.client = client
        refresher = CredentialRefresher(
            store: store, refreshMargin: configuration.refreshMargin, events: PlatformEvents(), logger: logger
        )
    }

    /// Token and ticket refreshes, as they happen.
    public var events: PlatformEvents { refresher.events }

    /// The account's API, authenticated by these credentials; uploaded files' media ids are kept in the store.
    public var api: AccountAPI {
        AccountAPI(
            client: client, appID: configuration.appID, token: self,
            mediaCache: StoredMediaCache(refresher: refresher))
    }

    /// A usable access token; a `rejected` one is replaced by a forced refresh.
    public func accessToken(replacing rejected: String? = nil) async throws -> String {
        let (client, appID, secret) = (client, configuration.appID, configuration.secret)
        return try await refresher.value(of: .accessToken(appID: appID), replacing: rejected) {
            .accessTokenRefreshed(appID: appID, credential: $0)
        } obtain: {
            let grant = try await client.stableAccessToken(appID: appID, secret: secret, forceRefresh: rejected != nil)
            return (grant.accessToken, grant.expiresIn)
        }
    }

    /// A usable JS-SDK `jsapi_ticket`.
    public func jsapiTicket() async throws -> String {
        let (api, appID) = (api, configuration.appID)
        return try await refresher.value(of: .jsapiTicket(appID: appID), replacing: nil) {
            .jsapiTicketRefreshed(appID: appID, credential: $0)
        } obtain: {
            let grant = try await api.tickets.issue(.jsapi)
            return (grant.ticket, grant.expiresIn)
        }
    }

    /// The `wx.config` values for the page at `url` .
    public func jsSDKConfig(url: String) async throws -> JSSDKConfig {
        JSSDKConfig(appID: configuration.appID, ticket: try await jsapiTicket(), url: url)
    }

    /// Keeps the access token (and a JS-SDK ticket once used) fresh until graceful shutdown.
    public func run() async throws {
        let appID = configuration.appID
        await refresher.runPeriodically(every: configuration.checkInterval) { [self] in
            await refresher.logFailure(of: CredentialKey.accessToken(appID: appID).storageKey) {
                _ = try await accessToken()
            }
            await refresher.logFailure(of: CredentialKey.jsapiTicket(appID: appID).storageKey) {
                if try await refresher.store.load(.jsapiTicket(appID: appID)) != nil { _ = try await jsapiTicket() }
            }
        }
    }
}
