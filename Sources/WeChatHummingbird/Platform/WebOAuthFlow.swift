import Hummingbird
import Logging
import WeChatAPI

/// The web OAuth login both ``PlatformPages`` and ``AccountPages`` serve: start (a 302 to WeChat with a signed
/// `state`, its nonce in a cookie scoped to the callback) and callback (state MAC, expiry, cookie and first use
/// checked; code exchanged; the application's ``PlatformPages/Configuration/onOAuthLogin`` decides the answer).
struct WebOAuthFlow: Sendable {
    /// The cookie holding the nonce of a started web OAuth login.
    static let cookieName = "wechat_oauth_nonce"

    let configuration: PlatformPages.Configuration
    let usedStates = UsedOAuthStates()

    /// `GET …?scope=…&state=…`: a 302 to WeChat's OAuth page for `app`.
    func start(_ app: WebOAuthApp, query: [String: String], origin: String) -> Response {
        let scope: ComponentAPI.OAuthScope
        switch query["scope"] {
        case nil: scope = .base
        case let requested?:
            guard let known = ComponentAPI.OAuthScope(rawValue: requested) else {
                return PlatformPages.errorPage(.badRequest, title: "参数错误", message: "scope 只能是 snsapi_base 或 snsapi_userinfo。")
            }
            scope = known
        }
        let appState = query["state"] ?? ""
        guard appState.utf8.count <= 512 else {
            return PlatformPages.errorPage(.badRequest, title: "参数错误", message: "state 太长（最多 512 字节）。")
        }
        let state = OAuthState(now: UnixTime.now(), lifetime: configuration.oauthStateLifetime)
        let callback =
            origin + app.callbackPath
            + (appState.isEmpty ? "" : "?next=" + QueryEncoding.percentEncoded(appState))
        let link = app.authorizeURL(
            callback, scope,
            state.signed(
                secret: app.stateSecret, componentAppID: app.componentAppID, authorizerAppID: app.appID,
                appState: appState))
        var response = Response.redirect(to: link, type: .found)
        response.headers[.cacheControl] = "no-store"
        response.setCookie(
            cookie(value: state.nonce, maxAge: Int(configuration.oauthStateLifetime.components.seconds), path: app.callbackPath))
        return response
    }

    /// `GET …/callback?code=…&state=…[&next=…]`: checks the state, exchanges the code and answers as
    /// ``PlatformPages/Configuration/onOAuthLogin`` decides.
    func callback(_ app: WebOAuthApp, query: [String: String], cookie nonce: String?) async -> Response {
        guard let code = query["code"], !code.isEmpty, code.utf8.count <= 512 else {
            return PlatformPages.errorPage(.badRequest, title: "未登录", message: "没有收到微信的授权（可能已取消），请重新进入页面。")
        }
        let appState = query["next"] ?? ""
        let now = UnixTime.now()
        guard
            let signedState = query["state"],
            let state = OAuthState.verify(
                signedState, secret: app.stateSecret, componentAppID: app.componentAppID, authorizerAppID: app.appID,
                appState: appState, now: now, maximumLifetime: configuration.oauthStateLifetime
            ),
            nonce == state.nonce, usedStates.claim(state, now: now)
        else {
            configuration.logger.warning("web OAuth state refused", metadata: ["app": "\(app.appID)"])
            return PlatformPages.errorPage(.badRequest, title: "登录请求无效", message: "登录请求已过期或不是从本页面发起的，请重新进入页面。")
        }
        let login: PlatformOAuthLogin
        do {
            let (token, userInfo) = try await app.exchange(code)
            login = PlatformOAuthLogin(
                componentAppID: app.componentAppID, authorizerAppID: app.appID, token: token, userInfo: userInfo,
                appState: appState)
        } catch let error as WeChatAPIError where error.errcode != nil {
            configuration.logger.warning("web OAuth code refused", metadata: ["app": "\(app.appID)", "error": "\(error)"])
            return PlatformPages.errorPage(.badRequest, title: "登录失败", message: "微信授权码无效或已过期，请重新进入页面。")
        } catch {
            configuration.logger.error("web OAuth exchange failed", metadata: ["app": "\(app.appID)", "error": "\(error)"])
            return PlatformPages.errorPage(.badGateway, title: "登录未完成", message: "暂时无法连接微信完成登录，请稍后重试。")
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
                "web OAuth login handler failed", metadata: ["app": "\(app.appID)", "error": "\(error)"])
            response = PlatformPages.errorPage(.internalServerError, title: "登录未完成", message: "登录后处理失败，请稍后重试。")
        }
        response.setCookie(cookie(value: "", maxAge: 0, path: app.callbackPath))
        return response
    }

    private func cookie(value: String, maxAge: Int, path: String) -> Cookie {
        Cookie(
            name: Self.cookieName, value: value, maxAge: maxAge, path: path,
            secure: configuration.publicBaseURL?.hasPrefix("https://") ?? false, httpOnly: true, sameSite: .lax
        )
    }
}
