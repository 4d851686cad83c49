import Hummingbird
public import WeChatAPI

/// The web side of plain Official Accounts (each with its own AppSecret), mounted with
/// ``Hummingbird/Router/addWeChatAccountPages(_:at:)``; the same login as ``PlatformPages`` offers authorizers
/// (https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html):
///
/// - `GET path/oauth/{appID}?scope=snsapi_userinfo&state=…`: starts web OAuth (signed `state` + cookie
///   against login CSRF, each state usable once);
/// - `GET path/oauth/{appID}/callback`: exchanges the code and hands the user to
///   ``PlatformPages/Configuration/onOAuthLogin`` (its `componentAppID` is empty);
/// - `GET path/jssdk-config/{appID}?url=`: the `wx.config` JSON for a page of the account.
public struct AccountPages: Sendable {
    /// The accounts, by appid.
    public let accounts: [String: AccountCredentials]
    /// Public origin, state lifetime, JS-SDK API list, logger and what to do after a login.
    public let configuration: PlatformPages.Configuration
    let oauth: WebOAuthFlow

    /// Pages for `accounts`.
    public init(accounts: [AccountCredentials], configuration: PlatformPages.Configuration) {
        self.accounts = Dictionary(accounts.map { ($0.configuration.appID, $0) }, uniquingKeysWith: { first, _ in first })
        self.configuration = configuration
        oauth = WebOAuthFlow(configuration: configuration)
    }

    /// The OAuth app of `appID` with its callback under `path`; `nil` for an unknown account.
    func oauthApp(appID: String, path: String) -> WebOAuthApp? {
        guard let account = accounts[appID] else { return nil }
        return WebOAuthApp(
            componentAppID: "", appID: appID, stateSecret: account.configuration.secret,
            callbackPath: path + "/oauth/" + appID + "/callback",
            authorizeURL: { redirect, scope, state in
                account.oauthAuthorizeURL(redirect: redirect, scope: scope, state: state)
            },
            exchange: { code in try await account.oauthLogin(code: code) })
    }

    /// The `wx.config` JSON for a page of `appID`.
    func jsSDKConfig(appID: String, query: [String: String]) async -> Response {
        let account = accounts[appID]
        return await PlatformPages.wxConfig(query: query, configuration: configuration, appID: appID) { url in
            try await account?.jsSDKConfig(url: url)
        }
    }
}
