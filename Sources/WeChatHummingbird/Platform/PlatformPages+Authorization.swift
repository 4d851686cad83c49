import Hummingbird
import Logging
import WeChatAPI

extension PlatformPages {
    /// `GET path/authorize/{componentAppID}`: answers a page whose button leads to WeChat's authorization page,
    /// made with the platform's current pre-auth code (reused for its validity, see
    /// ``PlatformCredentials/authorizationURL(componentAppID:redirect:authType:bizAppID:mobile:)``). A page, not a
    /// 302, because WeChat checks the referrer.
    func authorizationPage(componentAppID: String, query: [String: String], userAgent: String, base: Base) async
        -> Response
    {
        guard (try? credentials.component(componentAppID)) != nil else {
            return Self.errorPage(.notFound, title: "未知的第三方平台", message: "此地址没有配置这个第三方平台。")
        }
        var authType = configuration.authType
        if let requested = query["auth_type"] {
            guard let number = Int(requested), (1...99).contains(number) else {
                return Self.errorPage(.badRequest, title: "参数错误", message: "auth_type 必须是 1 到 99 之间的数字。")
            }
            authType = ComponentAPI.AuthType(rawValue: number)
        }
        let bizAppID = query["biz_appid"] ?? configuration.bizAppID
        if let bizAppID, !Self.isPlausibleAppID(bizAppID) {
            return Self.errorPage(.badRequest, title: "参数错误", message: "biz_appid 不是有效的 appid。")
        }
        let mobile = userAgent.contains("MicroMessenger")
        let link: String
        do {
            link = try await credentials.authorizationURL(
                componentAppID: componentAppID,
                redirect: base.url("/authorized/" + componentAppID),
                authType: authType,
                bizAppID: bizAppID,
                mobile: mobile
            )
        } catch {
            configuration.logger.error(
                "cannot create a pre-auth code", metadata: ["component": "\(componentAppID)", "error": "\(error)"]
            )
            return Self.errorPage(
                .serviceUnavailable, title: "暂时无法授权", message: "暂时无法从微信获取授权码，请稍后刷新重试。"
            )
        }
        return HTMLPage(
            title: "授权公众号或小程序",
            paragraphs: [
                mobile
                    ? "点击下方按钮，在微信中确认授权给第三方平台 \(componentAppID)。"
                    : "点击下方按钮，用公众号或小程序管理员的微信扫码，授权给第三方平台 \(componentAppID)。",
                "授权链接至少 5 分钟内有效，过期请刷新本页。",
            ],
            button: HTMLPage.Button(title: "前往微信授权", href: link)
        ).response()
    }

    /// `GET path/authorized/{componentAppID}?auth_code=…`: exchanges the code for the authorizer's tokens
    /// (stored, never shown) and names the account that authorized.
    func authorizationLanding(componentAppID: String, query: [String: String]) async -> Response {
        guard (try? credentials.component(componentAppID)) != nil else {
            return Self.errorPage(.notFound, title: "未知的第三方平台", message: "此地址没有配置这个第三方平台。")
        }
        guard let code = query["auth_code"], !code.isEmpty else {
            return Self.errorPage(.badRequest, title: "授权失败", message: "缺少授权码（auth_code），请重新发起授权。")
        }
        guard PlatformCredentials.isPlausibleAuthorizationCode(code) else {
            return Self.errorPage(.badRequest, title: "授权失败", message: "授权码无效或已过期，请重新发起授权。")
        }
        let authorizer: String
        do {
            authorizer = try await credentials.authorize(componentAppID: componentAppID, authorizationCode: code)
        } catch let error as WeChatAPIError where error.errcode != nil {
            configuration.logger.warning(
                "authorization code refused", metadata: ["component": "\(componentAppID)", "error": "\(error)"]
            )
            return Self.errorPage(.badRequest, title: "授权失败", message: "授权码无效或已过期，请重新发起授权。")
        } catch {
            configuration.logger.error(
                "cannot exchange an authorization code",
                metadata: ["component": "\(componentAppID)", "error": "\(error)"]
            )
            return Self.errorPage(.badGateway, title: "授权未完成", message: "暂时无法连接微信完成授权，请稍后重试。")
        }
        var name = authorizer
        do {
            name = try await credentials.componentAPI(componentAppID).authorizerDetails(authorizerAppID: authorizer)
                .authorizerInfo.nickName
        } catch {
            configuration.logger.warning(
                "authorized, but no account details", metadata: ["authorizer": "\(authorizer)", "error": "\(error)"]
            )
        }
        return HTMLPage(
            title: "授权成功",
            paragraphs: ["以下账号已授权给第三方平台 \(componentAppID)。"],
            facts: ["账号": name, "AppID": authorizer]
        ).response()
    }
}
