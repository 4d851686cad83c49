public import Logging
public import WeChatAPI

/// The web side of a third-party platform (WeChatAPI: “The third-party platform lifecycle”), mounted next to its
/// callback URLs with ``Hummingbird/Router/addWeChatPlatformPages(_:at:)``:
///
/// - `GET path/authorize/{componentAppID}`: a page with a link to WeChat's authorization page (the PC QR page,
///   or the mobile bind page inside WeChat), made with a fresh pre-auth code; `?auth_type=` and `?biz_appid=`
///   override the configured choice;
/// - `GET path/authorized/{componentAppID}`: the `redirect_uri` landing; exchanges `auth_code` and shows which
///   account authorized (never a token);
/// - `GET path/oauth/{componentAppID}/{authorizerAppID}`: starts an authorizer's web OAuth (`?scope=snsapi_userinfo`,
///   `?state=` for the application) and its `/callback`, which hands the user to ``Configuration/onOAuthLogin``;
/// - `GET path/jssdk-config/{componentAppID}/{authorizerAppID}?url=`: the `wx.config` JSON for a page.
///
/// The routes that call WeChat with a visitor's input are rate-limited per client
/// (``Configuration/pageLoadsPerMinute``), and HTML pages forbid framing and every script
/// (`Content-Security-Policy`, `X-Frame-Options: DENY`).
public struct PlatformPages: Sendable {
    /// Where the pages are reachable and how they behave.
    public struct Configuration: Sendable {
        /// The public origin the platform is reached at, e.g. `https://platform.example.com` (no trailing `/`):
        /// the authorization and OAuth redirect URLs are built from it, so it must be on the domains configured
        /// in the open platform console. `nil` takes `http://` and the request's `Host` (for local development
        /// only: set it in production, where a proxy or a forged `Host` would otherwise pick the redirect).
        public var publicBaseURL: String?
        /// Which accounts WeChat's authorization page offers, unless `?auth_type=` says otherwise.
        public var authType: ComponentAPI.AuthType?
        /// Restricts authorization to this one account (`biz_appid`), unless `?biz_appid=` says otherwise.
        public var bizAppID: String?
        /// How long a started web OAuth login may take before its `state` is refused (at most
        /// ``PlatformPages/maximumOAuthStateLifetime``; a longer value is cut to it).
        public var oauthStateLifetime: Duration
        /// The `jsApiList` put into every `wx.config` JSON.
        public var jsAPIList: [String]
        /// What to do with a user who finished web OAuth; by default a page that says who signed in.
        public var onOAuthLogin: @Sendable (PlatformOAuthLogin) async throws -> PlatformOAuthOutcome
        /// Where failures are logged (never a token or a code).
        public var logger: Logger
        /// Loads of the authorization page, its landing and the OAuth callback one client may make per minute
        /// (a token bucket of this size, refilled over a minute); `nil` turns the limit off. Each may call
        /// WeChat, whose daily quotas the whole platform shares.
        public var pageLoadsPerMinute: Int?
        /// Take the client's address from this header's last entry (e.g. `X-Forwarded-For` or `X-Real-IP`)
        /// instead of the connection's peer: only behind a proxy that sets it, since a client can send any header.
        public var clientAddressHeader: String?

        /// Creates the configuration.
        public init(
            publicBaseURL: String? = nil,
            authType: ComponentAPI.AuthType? = .all,
            bizAppID: String? = nil,
            oauthStateLifetime: Duration = .seconds(600),
            jsAPIList: [String] = [
                "updateAppMessageShareData", "updateTimelineShareData", "chooseImage", "getLocation",
            ],
            logger: Logger = Logger(label: "WeChatHummingbird.PlatformPages"),
            pageLoadsPerMinute: Int? = 30,
            clientAddressHeader: String? = nil,
            onOAuthLogin: @escaping @Sendable (PlatformOAuthLogin) async throws -> PlatformOAuthOutcome = PlatformPages
                .greet
        ) {
            self.publicBaseURL = publicBaseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            self.authType = authType
            self.bizAppID = bizAppID
            self.oauthStateLifetime = min(oauthStateLifetime, PlatformPages.maximumOAuthStateLifetime)
            self.jsAPIList = jsAPIList
            self.logger = logger
            self.pageLoadsPerMinute = pageLoadsPerMinute
            self.clientAddressHeader = clientAddressHeader
            self.onOAuthLogin = onOAuthLogin
        }
    }

    /// The platforms' credentials: pre-auth codes, code exchanges, JS-SDK tickets.
    public let credentials: PlatformCredentials
    /// Where the pages are reachable and how they behave.
    public let configuration: Configuration
    /// The longest a web OAuth `state` is accepted for, whatever the configuration says (a login is a minute's
    /// work; WeChat's OAuth `code` itself is valid for only 5 minutes).
    public static let maximumOAuthStateLifetime = Duration.seconds(3600)
    let pageLimiter: ClientRateLimiter?
    let oauth: WebOAuthFlow

    /// Pages for the platforms of `credentials`.
    public init(credentials: PlatformCredentials, configuration: Configuration) {
        self.credentials = credentials
        self.configuration = configuration
        pageLimiter = configuration.pageLoadsPerMinute.map { ClientRateLimiter(requestsPerMinute: $0) }
        oauth = WebOAuthFlow(configuration: configuration)
    }

    /// The default ``Configuration/onOAuthLogin``: a page naming the user (nickname when known, else openid).
    @Sendable
    public static func greet(_ login: PlatformOAuthLogin) async throws -> PlatformOAuthOutcome {
        let name = login.userInfo?.nickname.flatMap { $0.isEmpty ? nil : $0 } ?? login.token.openID
        return .page(title: "登录成功", message: "\(name) 已通过 \(login.authorizerAppID) 登录。")
    }
}
