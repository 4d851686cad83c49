public import Hummingbird

extension Router {
    /// Adds plain Official Accounts' web OAuth and JS-SDK routes under `path` (see ``AccountPages``):
    ///
    /// ```swift
    /// router.addWeChatAccountPages(AccountPages(accounts: [credentials], configuration: .init(publicBaseURL: "https://example.com")), at: "/wechat/pages")
    /// ```
    public func addWeChatAccountPages(_ pages: AccountPages, at path: String) {
        get(RouterPath(path + "/oauth/{appID}")) { request, context in
            let appID = context.parameters.get("appID") ?? ""
            guard let app = pages.oauthApp(appID: appID, path: path) else { return AccountPages.unknownAccount }
            return pages.oauth.start(
                app, query: PlatformPages.query(of: request), origin: pages.configuration.origin(of: request))
        }
        get(RouterPath(path + "/oauth/{appID}/callback")) { request, context in
            let appID = context.parameters.get("appID") ?? ""
            guard let app = pages.oauthApp(appID: appID, path: path) else { return AccountPages.unknownAccount }
            return await pages.oauth.callback(
                app, query: PlatformPages.query(of: request), cookie: request.cookies[WebOAuthFlow.cookieName]?.value)
        }
        get(RouterPath(path + "/jssdk-config/{appID}")) { request, context in
            await pages.jsSDKConfig(appID: context.parameters.get("appID") ?? "", query: PlatformPages.query(of: request))
        }
    }
}

extension AccountPages {
    /// The page for an appid that is not one of the accounts.
    static var unknownAccount: Response {
        PlatformPages.errorPage(.notFound, title: "未知的公众号", message: "此地址没有配置这个公众号。")
    }
}
