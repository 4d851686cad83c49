import Hummingbird
import WeChatAPI

extension PlatformPages {
    /// The cookie holding the nonce of a started web OAuth login.
    static let oauthCookieName = WebOAuthFlow.cookieName

    /// The OAuth app of `authorizerAppID` through the platform `componentAppID`; `nil` when either is unknown.
    func oauthApp(componentAppID: String, authorizerAppID: String, path: String) -> WebOAuthApp? {
        guard let component = try? credentials.component(componentAppID),
            let api = try? credentials.componentAPI(componentAppID), Self.isPlausibleAppID(authorizerAppID)
        else { return nil }
        return WebOAuthApp(
            componentAppID: componentAppID, appID: authorizerAppID, stateSecret: component.secret,
            callbackPath: Self.oauthCallbackPath(path, componentAppID, authorizerAppID),
            authorizeURL: { redirect, scope, state in
                api.oauthAuthorizeURL(authorizerAppID: authorizerAppID, redirect: redirect, scope: scope, state: state)
            },
            exchange: { code in
                let token = try await api.oauthAccessToken(authorizerAppID: authorizerAppID, code: code)
                let userInfo =
                    token.scope.contains(ComponentAPI.OAuthScope.userInfo.rawValue)
                    ? try await api.client.oauthUserInfo(accessToken: token.accessToken, openID: token.openID) : nil
                return (token, userInfo)
            })
    }

    /// `GET path/oauth/{componentAppID}/{authorizerAppID}?scope=…&state=…`: a 302 to WeChat's OAuth page.
    func oauthStart(componentAppID: String, authorizerAppID: String, query: [String: String], base: Base) -> Response {
        guard let app = oauthApp(componentAppID: componentAppID, authorizerAppID: authorizerAppID, path: base.path) else {
            return Self.errorPage(.notFound, title: "未知的公众号", message: "此地址没有配置这个第三方平台或公众号。")
        }
        return oauth.start(app, query: query, origin: base.origin)
    }

    /// `GET …/callback?code=…&state=…[&next=…]`: see ``WebOAuthFlow/callback(_:query:cookie:)``.
    func oauthCallback(
        componentAppID: String, authorizerAppID: String, query: [String: String], cookie: String?, path: String
    ) async -> Response {
        guard let app = oauthApp(componentAppID: componentAppID, authorizerAppID: authorizerAppID, path: path) else {
            return Self.errorPage(.notFound, title: "未知的公众号", message: "此地址没有配置这个第三方平台或公众号。")
        }
        return await oauth.callback(app, query: query, cookie: cookie)
    }

    /// The callback's path (also the nonce cookie's scope).
    static func oauthCallbackPath(_ path: String, _ componentAppID: String, _ authorizerAppID: String) -> String {
        path + "/oauth/" + componentAppID + "/" + authorizerAppID + "/callback"
    }
}
