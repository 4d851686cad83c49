import Hummingbird
import Logging
import WeChatAPI

extension PlatformPages {
    /// The cookie holding the nonce of a started web OAuth login.
    static let oauthCookieName = "wechat_oauth_nonce"

    /// `GET path/oauth/{componentAppID}/{authorizerAppID}?scope=…&state=…`: a 302 to WeChat's OAuth page with a
    /// signed `state`; the nonce goes into a cookie scoped to this login's callback.
    func oauthStart(componentAppID: String, authorizerAppID: String, query: [String: String], base: Base) -> Response {
        guard let component = try? credentials.component(componentAppID),
            let api = try? credentials.componentAPI(componentAppID),
            Self.isPlausibleAppID(authorizerAppID)
        else {
            return Self.errorPage(.notFound, title: "未知的公众号", message: "此地址没有配置这个第三方平台或公众号。")
        }
        let scope: ComponentAPI.OAuthScope
        switch query["scope"] {
        case nil: scope = .base
        case let requested?:
            guard let known = ComponentAPI.OAuthScope(rawValue: requested) else {
                return Self.errorPage(.badRequest, title: "参数错误", message: "scope 只能是 snsapi_base 或 snsapi_userinfo。")
            }
            scope = known
        }
        let appState = query["state"] ?? ""
        guard appState.utf8.count <= 512 else {
            return Self.errorPage(.badRequest, title: "参数错误", message: "state 太长（最多 512 字节）。")
        }
        let state = OAuthState(now: UnixTime.now(), lifetime: configuration.oauthStateLifetime)
        let callbackPath = Self.oauthCallbackPath(base.path, componentAppID, authorizerAppID)
        let callback = base.origin + callbackPath + (appState.isEmpty ? "" : "?next=" + Self.percentEncoded(appState))
        let link = api.oauthAuthorizeURL(
            authorizerAppID: authorizerAppID,
            redirect: callback,
            scope: scope,
            state: state.signed(
                secret: component.secret, componentAppID: componentAppID, authorizerAppID: authorizerAppID,
                appState: appState
            )
        )
        var response = Response.redirect(to: link, type: .found)
        response.headers[.cacheControl] = "no-store"
        response.setCookie(
            oauthCookie(
                value: state.nonce, maxAge: Int(configuration.oauthStateLifetime.components.seconds), path: callbackPath
            ))
        return response
    }

    /// `GET …/callback?code=…&state=…[&next=…]`: checks the state (MAC, expiry, cookie, first use), exchanges the code for
    /// the user's token (and profile, for `snsapi_userinfo`) and answers as ``Configuration/onOAuthLogin`` decides.
    func oauthCallback(
        componentAppID: String, authorizerAppID: String, query: [String: String], cookie: String?, path: String
    ) async -> Response {
        guard let component = try? credentials.component(componentAppID), Self.isPlausibleAppID(authorizerAppID) else {
            return Self.errorPage(.notFound, title: "未知的公众号", message: "此地址没有配置这个第三方平台或公众号。")
        }
        guard let code = query["code"], !code.isEmpty, code.utf8.count <= 512 else {
            return Self.errorPage(.badRequest, title: "未登录", message: "没有收到微信的授权（可能已取消），请重新进入页面。")
        }
        let appState = query["next"] ?? ""
        let now = UnixTime.now()
        guard
            let signedState = query["state"],
            let state = OAuthState.verify(
                signedState, secret: component.secret, componentAppID: componentAppID, authorizerAppID: authorizerAppID,
                appState: appState, now: now, maximumLifetime: configuration.oauthStateLifetime
            ),
            cookie == state.nonce, usedOAuthStates.claim(state, now: now)
        else {
            configuration.logger.warning("web OAuth state refused", metadata: ["authorizer": "\(authorizerAppID)"])
            return Self.errorPage(.badRequest, title: "登录请求无效", message: "登录请求已过期或不是从本页面发起的，请重新进入页面。")
        }
        let login: PlatformOAuthLogin
        do {
            let api = try credentials.componentAPI(componentAppID)
            let token = try await api.oauthAccessToken(authorizerAppID: authorizerAppID, code: code)
            let userInfo =
                token.scope.contains(ComponentAPI.OAuthScope.userInfo.rawValue)
                ? try await api.client.oauthUserInfo(accessToken: token.accessToken, openID: token.openID) : nil
            login = PlatformOAuthLogin(
                componentAppID: componentAppID, authorizerAppID: authorizerAppID, token: token, userInfo: userInfo,
                appState: appState
            )
        } catch let error as WeChatAPIError where error.errcode != nil {
            configuration.logger.warning(
                "web OAuth code refused", metadata: ["authorizer": "\(authorizerAppID)", "error": "\(error)"])
            return Self.errorPage(.badRequest, title: "登录失败", message: "微信授权码无效或已过期，请重新进入页面。")
        } catch {
            configuration.logger.error(
                "web OAuth exchange failed", metadata: ["authorizer": "\(authorizerAppID)", "error": "\(error)"])
            return Self.errorPage(.badGateway, title: "登录未完成", message: "暂时无法连接微信完成登录，请稍后重试。")
        }
        var response: Response
        do {
            switch try await configuration.onOAuthLogin(login) {
            case .page(let title, let message):
                response = HTMLPage(title: title, paragraphs: [message]).response()
            case .redirect(let location):
                response = Response.redirect(to: location, type: .found)
            }
        } catch {
            configuration.logger.error(
                "web OAuth login handler failed", metadata: ["authorizer": "\(authorizerAppID)", "error": "\(error)"])
            response = Self.errorPage(.internalServerError, title: "登录未完成", message: "登录后处理失败，请稍后重试。")
        }
        response.setCookie(
            oauthCookie(value: "", maxAge: 0, path: Self.oauthCallbackPath(path, componentAppID, authorizerAppID)))
        return response
    }

    /// The callback's path (also the nonce cookie's scope).
    static func oauthCallbackPath(_ path: String, _ componentAppID: String, _ authorizerAppID: String) -> String {
        path + "/oauth/" + componentAppID + "/" + authorizerAppID + "/callback"
    }

    private func oauthCookie(value: String, maxAge: Int, path: String) -> Cookie {
        Cookie(
            name: Self.oauthCookieName, value: value, maxAge: maxAge, path: path,
            secure: configuration.publicBaseURL?.hasPrefix("https://") ?? false, httpOnly: true, sameSite: .lax
        )
    }
}
