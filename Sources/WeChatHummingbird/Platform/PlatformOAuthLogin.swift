public import WeChatAPI

/// A user who finished an authorizer's web OAuth (WeChatAPI: “The third-party platform lifecycle”), handed to
/// the application's ``PlatformPages/Configuration/onOAuthLogin``.
public struct PlatformOAuthLogin: Sendable {
    /// The third-party platform's appid.
    public var componentAppID: String
    /// The authorizer (Official Account) the user signed in to.
    public var authorizerAppID: String
    /// The user's web OAuth token (openid, scope, refresh token). Secrets: never show or log them.
    public var token: OAuthAccessToken
    /// The user's profile, for scope `snsapi_userinfo`; `nil` for `snsapi_base`.
    public var userInfo: OAuthUserInfo?
    /// The application's own `state` given when the login started (verified unchanged), or empty.
    public var appState: String

    /// Creates a login from its parts.
    public init(
        componentAppID: String, authorizerAppID: String, token: OAuthAccessToken, userInfo: OAuthUserInfo?,
        appState: String
    ) {
        self.componentAppID = componentAppID
        self.authorizerAppID = authorizerAppID
        self.token = token
        self.userInfo = userInfo
        self.appState = appState
    }
}
