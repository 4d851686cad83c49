import Foundation

extension FakeWeChatAPI {
    /// One fake endpoint: its method, whether it takes a multipart upload, and how it answers.
    struct Endpoint: Sendable {
        var method: String
        var takesUpload = false
        var handle: @Sendable (inout State, Incoming) -> Answer

        /// An endpoint answering JSON.
        init(method: String, handle: @escaping @Sendable (inout State, Incoming) -> JSONValue) {
            self.method = method
            self.handle = { state, incoming in .json(handle(&state, incoming)) }
        }

        /// An endpoint that may answer a file, or takes an upload.
        init(method: String, takesUpload: Bool = false, answer: @escaping @Sendable (inout State, Incoming) -> Answer) {
            self.method = method
            self.takesUpload = takesUpload
            self.handle = answer
        }
    }

    /// Every endpoint the fake serves, by path.
    static let endpoints: [String: Endpoint] = credentialEndpoints
        .merging(menuEndpoints) { first, _ in first }
        .merging(mediaEndpoints) { first, _ in first }
        .merging(messageEndpoints) { first, _ in first }
        .merging(userEndpoints) { first, _ in first }

    /// The token, platform, ticket, customer-service, user-info, OAuth and open-account endpoints.
    private static let credentialEndpoints: [String: Endpoint] = [
        "/cgi-bin/token": Endpoint(method: "GET", handle: accessToken),
        "/cgi-bin/stable_token": Endpoint(method: "POST", handle: stableToken),
        "/cgi-bin/component/api_component_token": Endpoint(method: "POST", handle: componentToken),
        "/cgi-bin/component/api_start_push_ticket": Endpoint(method: "POST", handle: startPushTicket),
        "/cgi-bin/component/api_create_preauthcode": Endpoint(method: "POST", handle: preAuthCode),
        "/cgi-bin/component/api_query_auth": Endpoint(method: "POST", handle: queryAuth),
        "/cgi-bin/component/api_authorizer_token": Endpoint(method: "POST", handle: authorizerToken),
        "/cgi-bin/component/api_get_authorizer_info": Endpoint(method: "POST", handle: authorizerInfo),
        "/cgi-bin/component/api_get_authorizer_list": Endpoint(method: "POST", handle: authorizerList),
        "/cgi-bin/component/api_get_authorizer_option": Endpoint(method: "POST", handle: getOption),
        "/cgi-bin/component/api_set_authorizer_option": Endpoint(method: "POST", handle: setOption),
        "/cgi-bin/component/clear_quota": Endpoint(method: "POST", handle: clearQuota),
        "/cgi-bin/component/clear_quota/v2": Endpoint(method: "POST", handle: clearQuotaV2),
        "/cgi-bin/ticket/getticket": Endpoint(method: "GET", handle: ticket),
        "/cgi-bin/message/custom/send": Endpoint(method: "POST", handle: customSend),
        "/sns/oauth2/component/access_token": Endpoint(method: "GET", handle: oauthAccessToken),
        "/sns/oauth2/component/refresh_token": Endpoint(method: "GET", handle: oauthRefreshToken),
        "/sns/userinfo": Endpoint(method: "GET", handle: oauthUserInfo),
        "/sns/oauth2/access_token": Endpoint(method: "GET", handle: accountOAuthAccessToken),
        "/sns/oauth2/refresh_token": Endpoint(method: "GET", handle: accountOAuthRefreshToken),
        "/cgi-bin/open/create": Endpoint(method: "POST", handle: openCreate),
        "/cgi-bin/open/bind": Endpoint(method: "POST", handle: openBind),
        "/cgi-bin/open/unbind": Endpoint(method: "POST", handle: openUnbind),
        "/cgi-bin/open/get": Endpoint(method: "POST", handle: openGet),
    ]

    private static let accountTokenKinds: Set<TokenKind> = [.authorizer, .account]
    private static let optionNames: Set<String> = ["location_report", "voice_recognize", "customer_service"]
    private static let messageTypes: Set<String> = [
        "text", "image", "voice", "video", "music", "news", "mpnews", "mpnewsarticle", "msgmenu", "wxcard",
        "miniprogrampage", "link",
    ]

    static func lifetime(_ incoming: Incoming) -> JSONValue {
        .int(incoming.configuration.tokenLifetime.components.seconds)
    }

    private static func checkComponent(_ state: State, _ incoming: Incoming) -> JSONValue? {
        if let error = state.check(
            incoming.query["component_access_token"], kinds: [.component],
            expiredErrcode: incoming.configuration.expiredTokenErrcode
        ) {
            return error
        }
        guard incoming.string("component_appid") == incoming.configuration.componentAppID else {
            return State.error(40013, "invalid appid")
        }
        return nil
    }

    static func checkAccount(_ state: State, _ incoming: Incoming) -> JSONValue? {
        state.check(
            incoming.query["access_token"], kinds: accountTokenKinds,
            expiredErrcode: incoming.configuration.expiredTokenErrcode)
    }

    private static func accountGrant(_ state: inout State, _ incoming: Incoming, appID: String?, secret: String?)
        -> JSONValue
    {
        guard let appID, let known = incoming.configuration.accounts[appID] else {
            return State.error(40013, "invalid appid")
        }
        guard secret == known else { return State.error(40125, "invalid appsecret") }
        let token = state.issue(.account, for: appID, lifetime: incoming.configuration.tokenLifetime)
        state.stableTokens[appID] = token
        return ["access_token": .string(token), "expires_in": lifetime(incoming)]
    }

    private static func accessToken(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        guard incoming.query["grant_type"] == "client_credential" else {
            return State.error(40002, "invalid grant_type")
        }
        return accountGrant(&state, incoming, appID: incoming.query["appid"], secret: incoming.query["secret"])
    }

    private static func stableToken(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        guard incoming.string("grant_type") == "client_credential" else {
            return State.error(40002, "invalid grant_type")
        }
        let appID = incoming.string("appid")
        if incoming.body["force_refresh"] != .bool(true), let appID,
            incoming.configuration.accounts[appID] == incoming.string("secret"),
            let current = state.stableTokens[appID], let issued = state.tokens[current], issued.expiresAt > .now
        {
            return ["access_token": .string(current), "expires_in": .int((issued.expiresAt - .now).components.seconds)]
        }
        return accountGrant(&state, incoming, appID: appID, secret: incoming.string("secret"))
    }

    private static func componentToken(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        let configuration = incoming.configuration
        guard incoming.string("component_appid") == configuration.componentAppID else {
            return State.error(40013, "invalid appid")
        }
        guard incoming.string("component_appsecret") == configuration.componentSecret else {
            return State.error(40125, "invalid appsecret")
        }
        guard let ticket = incoming.string("component_verify_ticket"), ticket == state.latestTicket else {
            return State.error(61006, "component ticket is invalid")
        }
        let token = state.issue(.component, for: configuration.componentAppID, lifetime: configuration.tokenLifetime)
        return ["component_access_token": .string(token), "expires_in": lifetime(incoming)]
    }

    private static func startPushTicket(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        guard incoming.string("component_appid") == incoming.configuration.componentAppID else {
            return State.error(40013, "invalid appid")
        }
        guard incoming.string("component_secret") == incoming.configuration.componentSecret else {
            return State.error(40125, "invalid appsecret")
        }
        return State.ok
    }

    private static func preAuthCode(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        checkComponent(state, incoming) ?? [
            "pre_auth_code": .string("preauthcode@@@" + UUID().uuidString), "expires_in": 1800,
        ]
    }

    private static func grant(_ state: inout State, _ incoming: Incoming, appID: String) -> [String: JSONValue] {
        let refreshToken = state.authorize(appID)
        let token = state.issue(.authorizer, for: appID, lifetime: incoming.configuration.tokenLifetime)
        return [
            "authorizer_appid": .string(appID), "authorizer_access_token": .string(token),
            "expires_in": lifetime(incoming), "authorizer_refresh_token": .string(refreshToken),
            "func_info": .array([1, 2, 15].map { ["funcscope_category": ["id": .int($0)]] }),
        ]
    }

    private static func queryAuth(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkComponent(state, incoming) { return error }
        guard let code = incoming.string("authorization_code"),
            let appID = state.authorizationCodes.removeValue(forKey: code)
        else {
            return State.error(40029, "invalid code")
        }
        return ["authorization_info": .object(grant(&state, incoming, appID: appID))]
    }

    private static func authorizerToken(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkComponent(state, incoming) { return error }
        guard let appID = incoming.string("authorizer_appid"),
            let refreshToken = incoming.string("authorizer_refresh_token"),
            state.refreshTokens[appID] == refreshToken
        else { return State.error(61023, "refresh_token is invalid") }
        let full = grant(&state, incoming, appID: appID)
        return .object(
            full.filter { ["authorizer_access_token", "expires_in", "authorizer_refresh_token"].contains($0.key) })
    }

    private static func authorizerInfo(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkComponent(state, incoming) { return error }
        guard let appID = incoming.string("authorizer_appid"), let refreshToken = state.refreshTokens[appID] else {
            return State.error(61003, "component is not authorized by this account")
        }
        return [
            "authorizer_info": [
                "nick_name": "假测试号", "head_img": "http://wx.qlogo.cn/mmopen/fake/0",
                "service_type_info": ["id": 2], "verify_type_info": ["id": -1],
                "user_name": .string("gh_" + String(appID.suffix(12))), "principal_name": "Fake Co.",
                "alias": "fakealias",
                "business_info": ["open_store": 0, "open_scan": 0, "open_pay": 1, "open_card": 0, "open_shake": 0],
                "qrcode_url": "http://mmbiz.qpic.cn/fake/0", "account_status": 1, "signature": "A fake account",
                "basic_config": ["is_phone_configured": true, "is_email_configured": false],
            ],
            "authorization_info": [
                "authorizer_appid": .string(appID), "authorizer_refresh_token": .string(refreshToken),
                "func_info": [
                    [
                        "funcscope_category": ["id": 1],
                        "confirm_info": ["need_confirm": 0, "already_confirm": 0, "can_confirm": 0],
                    ]
                ],
            ],
        ]
    }

    private static func authorizerList(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkComponent(state, incoming) { return error }
        guard let offset = incoming.body["offset"]?.intValue, let count = incoming.body["count"]?.intValue,
            offset >= 0, (1...500).contains(count)
        else { return State.error(40097, "invalid args") }
        let page = state.authorizerOrder.dropFirst(Int(offset)).prefix(Int(count))
        return [
            "total_count": .int(Int64(state.authorizerOrder.count)),
            "list": .array(
                page.map { appID in
                    [
                        "authorizer_appid": .string(appID), "refresh_token": .string(state.refreshTokens[appID] ?? ""),
                        "auth_time": 1_558_000_607,
                    ]
                }),
        ]
    }

    private static func getOption(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkComponent(state, incoming) { return error }
        guard let appID = incoming.string("authorizer_appid"), let name = incoming.string("option_name"),
            optionNames.contains(name)
        else {
            return State.error(40097, "invalid args")
        }
        return [
            "authorizer_appid": .string(appID), "option_name": .string(name),
            "option_value": .string(state.options["\(appID)|\(name)"] ?? "0"),
        ]
    }

    private static func setOption(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkComponent(state, incoming) { return error }
        guard let appID = incoming.string("authorizer_appid"), let name = incoming.string("option_name"),
            optionNames.contains(name),
            let value = incoming.string("option_value"), ["0", "1", "2"].contains(value)
        else { return State.error(40097, "invalid args") }
        state.options["\(appID)|\(name)"] = value
        return State.ok
    }

    private static func clearQuota(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        checkComponent(state, incoming) ?? State.ok
    }

    private static func clearQuotaV2(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        let configuration = incoming.configuration
        guard incoming.string("component_appid") == configuration.componentAppID, incoming.string("appid") != nil else {
            return State.error(40013, "invalid appid")
        }
        guard incoming.string("appsecret") == configuration.componentSecret else {
            return State.error(40125, "invalid appsecret")
        }
        return State.ok
    }

    private static func ticket(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard ["jsapi", "wx_card"].contains(incoming.query["type"] ?? "") else {
            return State.error(40097, "invalid args")
        }
        return [
            "errcode": 0, "errmsg": "ok", "ticket": .string("sM4AOVdWfPE4DxkXGEs8V" + UUID().uuidString),
            "expires_in": lifetime(incoming),
        ]
    }

    private static func customSend(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let openID = incoming.string("touser"), !openID.isEmpty else {
            return State.error(40003, "invalid openid")
        }
        guard let type = incoming.string("msgtype"), messageTypes.contains(type),
            let content = incoming.body[type]?.objectValue
        else {
            return State.error(40008, "invalid message type")
        }
        if type == "text", content["content"]?.stringValue?.isEmpty ?? true {
            return State.error(44004, "empty content")
        }
        return State.ok
    }

    private static func oauthGrant(_ state: inout State, _ incoming: Incoming, _ grant: State.OAuthGrant) -> JSONValue {
        [
            "access_token": .string(
                state.issue(.oauth, for: grant.appID, lifetime: incoming.configuration.tokenLifetime)),
            "expires_in": lifetime(incoming),
            "refresh_token": .string("oauthrefresh@@@\(grant.appID)|\(grant.openID)|\(grant.scope)"),
            "openid": .string(grant.openID), "scope": .string(grant.scope),
        ]
    }

    private static func checkOAuthComponent(_ state: State, _ incoming: Incoming, grantType: String) -> JSONValue? {
        if let error = state.check(
            incoming.query["component_access_token"], kinds: [.component],
            expiredErrcode: incoming.configuration.expiredTokenErrcode
        ) {
            return error
        }
        guard incoming.query["component_appid"] == incoming.configuration.componentAppID else {
            return State.error(40013, "invalid appid")
        }
        guard incoming.query["grant_type"] == grantType else { return State.error(40002, "invalid grant_type") }
        return nil
    }

    private static func oauthAccessToken(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkOAuthComponent(state, incoming, grantType: "authorization_code") { return error }
        guard let code = incoming.query["code"], let grant = state.oauthCodes.removeValue(forKey: code),
            grant.appID == incoming.query["appid"]
        else {
            return State.error(40029, "invalid code")
        }
        return oauthGrant(&state, incoming, grant)
    }

    private static func oauthRefreshToken(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkOAuthComponent(state, incoming, grantType: "refresh_token") { return error }
        let parts =
            (incoming.query["refresh_token"] ?? "").split(separator: "@@@").last?.split(separator: "|").map(String.init)
            ?? []
        guard parts.count == 3, parts[0] == incoming.query["appid"] else {
            return State.error(42002, "refresh_token expired")
        }
        return oauthGrant(&state, incoming, State.OAuthGrant(appID: parts[0], openID: parts[1], scope: parts[2]))
    }

    /// `sns/oauth2/access_token` of a plain account: its appid and secret, a code minted for it.
    private static func accountOAuthAccessToken(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        guard let appID = incoming.query["appid"], let known = incoming.configuration.accounts[appID] else {
            return State.error(40013, "invalid appid")
        }
        guard incoming.query["secret"] == known else { return State.error(40125, "invalid appsecret") }
        guard incoming.query["grant_type"] == "authorization_code" else { return State.error(40002, "invalid grant_type") }
        guard let code = incoming.query["code"], let grant = state.oauthCodes.removeValue(forKey: code), grant.appID == appID
        else { return State.error(40029, "invalid code") }
        return oauthGrant(&state, incoming, grant)
    }

    /// `sns/oauth2/refresh_token` of a plain account.
    private static func accountOAuthRefreshToken(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        guard incoming.query["grant_type"] == "refresh_token" else { return State.error(40002, "invalid grant_type") }
        let parts =
            (incoming.query["refresh_token"] ?? "").split(separator: "@@@").last?.split(separator: "|").map(String.init)
            ?? []
        guard parts.count == 3, parts[0] == incoming.query["appid"] else {
            return State.error(42002, "refresh_token expired")
        }
        return oauthGrant(&state, incoming, State.OAuthGrant(appID: parts[0], openID: parts[1], scope: parts[2]))
    }

    private static func oauthUserInfo(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = state.check(
            incoming.query["access_token"], kinds: [.oauth], expiredErrcode: incoming.configuration.expiredTokenErrcode)
        {
            return error
        }
        return [
            "openid": .string(incoming.query["openid"] ?? ""), "nickname": "测试用户", "sex": 1, "province": "广东",
            "city": "广州",
            "country": "中国", "headimgurl": "http://thirdwx.qlogo.cn/fake/0", "privilege": [],
            "unionid": "oUnionFake0001",
        ]
    }

    private static func openCreate(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let appID = incoming.string("appid") else { return State.error(40013, "invalid appid") }
        guard state.openAccountOf[appID] == nil else { return State.error(89000, "account has bound open") }
        let openAppID = "wxopen" + UUID().uuidString.prefix(12).lowercased()
        state.createdOpenAccounts.insert(openAppID)
        state.openAccountOf[appID] = openAppID
        return ["errcode": 0, "errmsg": "ok", "open_appid": .string(openAppID)]
    }

    private static func openBind(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let appID = incoming.string("appid"), let openAppID = incoming.string("open_appid") else {
            return State.error(40097, "invalid args")
        }
        guard state.openAccountOf[appID] == nil else { return State.error(89000, "account has bound open") }
        guard state.createdOpenAccounts.contains(openAppID) else { return State.error(89001, "not same contractor") }
        state.openAccountOf[appID] = openAppID
        return State.ok
    }

    private static func openUnbind(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let appID = incoming.string("appid"), state.openAccountOf[appID] == incoming.string("open_appid") else {
            return State.error(89001, "not same contractor")
        }
        state.openAccountOf[appID] = nil
        return State.ok
    }

    private static func openGet(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let appID = incoming.string("appid"), let openAppID = state.openAccountOf[appID] else {
            return State.error(89002, "open not exists")
        }
        return ["errcode": 0, "errmsg": "ok", "open_appid": .string(openAppID)]
    }
}
