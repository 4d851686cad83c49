public import Logging
public import ServiceLifecycle
import Synchronization

/// The credential lifecycle of one or more third-party platforms (components), replacing
/// wechat-open-toolkit: verify tickets, component tokens, authorizer tokens and JS-SDK tickets,
/// each refreshed before expiry, once across concurrent callers (and instances, with a shared store).
///
/// Feed it every authorization-event notice through ``handle(_:)``; consume ``events``; run it in a
/// `ServiceGroup` so ``run()`` refreshes credentials proactively and recovers lost refresh tokens.
public final class PlatformCredentials: Service, Sendable {
    /// One third-party platform's settings from the open platform console.
    public struct Component: Sendable {
        /// The platform's appid.
        public var appID: String
        /// Its AppSecret. A secret.
        public var secret: String
        /// The message-check Token of its callback URLs. A secret.
        public var token: String
        /// The 43-character EncodingAESKey of its callback URLs. A secret.
        public var encodingAESKey: String

        /// A platform's settings.
        public init(appID: String, secret: String, token: String, encodingAESKey: String) {
            self.appID = appID
            self.secret = secret
            self.token = token
            self.encodingAESKey = encodingAESKey
        }
    }

    /// The platforms and the timings.
    public struct Configuration: Sendable {
        /// The configured platforms.
        public var components: [Component]
        /// Refresh a credential when less than this is left of its lifetime.
        public var refreshMargin: Duration
        /// How often ``run()`` checks for credentials due for refresh.
        public var checkInterval: Duration
        /// How long a pushed `component_verify_ticket` is kept (WeChat: 12 hours).
        public var verifyTicketLifetime: Duration
        /// A pre-auth code is reused for authorization links until this much of its validity is left, so every
        /// link handed out stays valid at least this long.
        public var preAuthCodeMargin: Duration

        /// Platforms refreshed 5 minutes before expiry, checked every minute; pre-auth codes reused until
        /// 5 minutes before theirs.
        public init(
            components: [Component], refreshMargin: Duration = .seconds(300), checkInterval: Duration = .seconds(60),
            verifyTicketLifetime: Duration = .seconds(12 * 3600), preAuthCodeMargin: Duration = .seconds(300)
        ) {
            self.components = components
            self.refreshMargin = refreshMargin
            self.checkInterval = checkInterval
            self.verifyTicketLifetime = verifyTicketLifetime
            self.preAuthCodeMargin = preAuthCodeMargin
        }
    }

    /// The platforms and timings.
    public let configuration: Configuration
    /// The client calls go through.
    public let client: WeChatAPIClient
    let refresher: CredentialRefresher
    let recoveredComponents = Mutex<Set<String>>([])
    let preAuthCodes: PreAuthCodeCache

    /// Credentials of the configured platforms, kept in `store`.
    public init(configuration: Configuration, client: WeChatAPIClient, store: any CredentialStore, logger: Logger) {
        self.configuration = configuration
        self.client = client
        preAuthCodes = PreAuthCodeCache(margin: configuration.preAuthCodeMargin)
        refresher = CredentialRefresher(
            store: store, refreshMargin: configuration.refreshMargin, events: PlatformEvents(), logger: logger
        )
    }

    /// What happens to the credentials: tickets, authorizations and refreshes.
    public var events: PlatformEvents { refresher.events }

    /// The store credentials live in.
    public var store: any CredentialStore { refresher.store }

    /// The settings of the platform `componentAppID`.
    public func component(_ componentAppID: String) throws -> Component {
        guard let component = configuration.components.first(where: { $0.appID == componentAppID }) else {
            throw WeChatAPIError.unknownApp(componentAppID)
        }
        return component
    }

    /// The platform's component APIs, authenticated by its `component_access_token`.
    public func componentAPI(_ componentAppID: String) throws -> ComponentAPI {
        _ = try component(componentAppID)
        return ComponentAPI(
            client: client, componentAppID: componentAppID,
            token: ComponentToken(credentials: self, componentAppID: componentAppID))
    }

    /// An authorizer's account API (menus, media, templates, users, customer service, …), authenticated
    /// by its authorizer access token; uploaded files' media ids are kept in the credential store.
    public func authorizerAPI(component componentAppID: String, authorizer authorizerAppID: String) throws -> AccountAPI
    {
        _ = try component(componentAppID)
        return AccountAPI(
            client: client, appID: authorizerAppID,
            token: AuthorizerToken(
                credentials: self, componentAppID: componentAppID, authorizerAppID: authorizerAppID
            ),
            mediaCache: StoredMediaCache(refresher: refresher))
    }

    /// A usable `component_access_token`, obtained from the latest verify ticket when due.
    public func componentAccessToken(_ componentAppID: String, replacing rejected: String? = nil) async throws -> String
    {
        let component = try component(componentAppID)
        let (client, store) = (client, store)
        return try await refresher.value(of: .componentAccessToken(componentAppID: componentAppID), replacing: rejected)
        {
            .componentAccessTokenRefreshed(componentAppID: componentAppID, credential: $0)
        } obtain: {
            let ticketKey = CredentialKey.componentVerifyTicket(componentAppID: componentAppID)
            guard let ticket = try await store.load(ticketKey) else {
                throw WeChatAPIError.missingCredential(ticketKey)
            }
            let grant = try await client.componentAccessToken(
                componentAppID: componentAppID, secret: component.secret, verifyTicket: ticket.value
            )
            return (grant.componentAccessToken, grant.expiresIn)
        }
    }

    /// A usable authorizer access token, refreshed with the stored refresh token when due.
    public func authorizerAccessToken(
        component componentAppID: String, authorizer authorizerAppID: String, replacing rejected: String? = nil
    ) async throws -> String {
        let api = try componentAPI(componentAppID)
        let store = store
        return try await refresher.value(
            of: .authorizerAccessToken(componentAppID: componentAppID, authorizerAppID: authorizerAppID),
            replacing: rejected
        ) {
            .authorizerAccessTokenRefreshed(
                componentAppID: componentAppID, authorizerAppID: authorizerAppID, credential: $0)
        } obtain: {
            let refreshKey = CredentialKey.authorizerRefreshToken(
                componentAppID: componentAppID, authorizerAppID: authorizerAppID)
            guard let refreshToken = try await store.load(refreshKey) else {
                throw WeChatAPIError.missingCredential(refreshKey)
            }
            let grant = try await api.authorizerToken(
                authorizerAppID: authorizerAppID, refreshToken: refreshToken.value)
            if let newRefreshToken = grant.authorizerRefreshToken, newRefreshToken != refreshToken.value {
                try await store.save(
                    StoredCredential(value: newRefreshToken, expiresAt: nil, updatedAt: CredentialRefresher.now()),
                    for: refreshKey)
            }
            return (grant.authorizerAccessToken, grant.expiresIn)
        }
    }

    /// A usable JS-SDK `jsapi_ticket` of an authorizer.
    public func jsapiTicket(component componentAppID: String, authorizer authorizerAppID: String) async throws -> String
    {
        let api = try authorizerAPI(component: componentAppID, authorizer: authorizerAppID)
        return try await refresher.value(
            of: .authorizerJSAPITicket(componentAppID: componentAppID, authorizerAppID: authorizerAppID), replacing: nil
        ) {
            .authorizerJSAPITicketRefreshed(
                componentAppID: componentAppID, authorizerAppID: authorizerAppID, credential: $0)
        } obtain: {
            let grant = try await api.tickets.issue(.jsapi)
            return (grant.ticket, grant.expiresIn)
        }
    }

    /// The `wx.config` values for a page of the authorizer at `url` (signed with the authorizer's appid).
    public func jsSDKConfig(component componentAppID: String, authorizer authorizerAppID: String, url: String)
        async throws -> JSSDKConfig
    {
        JSSDKConfig(
            appID: authorizerAppID,
            ticket: try await jsapiTicket(component: componentAppID, authorizer: authorizerAppID), url: url)
    }
}

/// A platform's `component_access_token` as an ``AccessTokenProvider``.
private struct ComponentToken: AccessTokenProvider {
    let credentials: PlatformCredentials
    let componentAppID: String

    func accessToken(replacing rejected: String?) async throws -> String {
        try await credentials.componentAccessToken(componentAppID, replacing: rejected)
    }
}

/// An authorizer's access token as an ``AccessTokenProvider``.
private struct AuthorizerToken: AccessTokenProvider {
    let credentials: PlatformCredentials
    let componentAppID: String
    let authorizerAppID: String

    func accessToken(replacing rejected: String?) async throws -> String {
        try await credentials.authorizerAccessToken(
            component: componentAppID, authorizer: authorizerAppID, replacing: rejected)
    }
}
