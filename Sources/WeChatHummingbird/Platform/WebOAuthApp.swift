import WeChatAPI

/// One app users sign in to by web OAuth: an authorizer through its third-party platform, or a plain
/// Official Account with its own AppSecret. ``WebOAuthFlow`` runs the same login for both.
struct WebOAuthApp: Sendable {
    /// The platform's appid; empty for a plain Official Account.
    var componentAppID: String
    /// The account users sign in to.
    var appID: String
    /// The secret the `state` is signed with (the platform's or the account's AppSecret).
    var stateSecret: String
    /// The callback's path below the public origin (also the nonce cookie's scope).
    var callbackPath: String
    /// WeChat's authorize link for a redirect, scope and signed state.
    var authorizeURL: @Sendable (_ redirect: String, _ scope: ComponentAPI.OAuthScope, _ state: String) -> String
    /// Exchanges a code for the user's token, and their profile for `snsapi_userinfo`.
    var exchange: @Sendable (_ code: String) async throws -> (OAuthAccessToken, OAuthUserInfo?)
}
