import Testing
import WeChatAPI
import WeChatAPITesting

@Suite("Component API against the fake")
struct ComponentAPITests {
    @Test("component token: body keys exact, no token in the query, grant decoded")
    func componentToken() async throws {
        try await withHarness { harness in
            let ticket = harness.fake.pushVerifyTicket()
            let grant = try await harness.client.componentAccessToken(
                componentAppID: harness.componentAppID, secret: harness.fake.configuration.componentSecret,
                verifyTicket: ticket
            )
            #expect(grant.expiresIn == 7200)
            #expect(harness.fake.isValid(token: grant.componentAccessToken))
            let call = try #require(harness.fake.calls(path: "/cgi-bin/component/api_component_token").first)
            #expect(call.method == "POST")
            #expect(call.query.isEmpty)
            #expect(
                call.body == [
                    "component_appid": .string(harness.componentAppID),
                    "component_appsecret": .string(harness.fake.configuration.componentSecret),
                    "component_verify_ticket": .string(ticket),
                ])
        }
    }

    @Test("a stale verify ticket is refused with WeChat's code")
    func staleTicket() async throws {
        try await withHarness { harness in
            let old = harness.fake.pushVerifyTicket()
            harness.fake.pushVerifyTicket()
            let error = await #expect(throws: WeChatAPIError.self) {
                try await harness.client.componentAccessToken(
                    componentAppID: harness.componentAppID, secret: harness.fake.configuration.componentSecret,
                    verifyTicket: old
                )
            }
            #expect(error?.errcode == 61006)
            #expect(error?.errmsg == "component ticket is invalid")
        }
    }

    @Test("start push ticket sends component_secret")
    func startPushTicket() async throws {
        try await withHarness { harness in
            try await harness.client.startPushTicket(
                componentAppID: harness.componentAppID, secret: harness.fake.configuration.componentSecret)
            let call = try #require(harness.fake.calls(path: "/cgi-bin/component/api_start_push_ticket").first)
            #expect(call.body?.objectValue?.keys.sorted() == ["component_appid", "component_secret"])
            await #expect(throws: WeChatAPIError.weChat(code: 40125, message: "invalid appsecret")) {
                try await harness.client.startPushTicket(componentAppID: harness.componentAppID, secret: "wrong")
            }
        }
    }

    @Test("pre-auth code, query auth and authorizer token carry component_access_token and exact keys")
    func authorizationFlow() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            let api = try platform.componentAPI(harness.componentAppID)
            let preAuth = try await api.preAuthCode()
            #expect(preAuth.code.hasPrefix("preauthcode@@@"))
            #expect(preAuth.expiresIn == 1800)

            let code = harness.fake.mintAuthorizationCode(authorizerAppID: "wxauth1")
            let info = try await api.queryAuth(authorizationCode: code)
            #expect(info.authorizerAppID == "wxauth1")
            #expect(info.expiresIn == 7200)
            #expect(info.functionScopes.map(\.categoryID) == [1, 2, 15])
            let refreshToken = try #require(info.authorizerRefreshToken)

            let grant = try await api.authorizerToken(authorizerAppID: "wxauth1", refreshToken: refreshToken)
            #expect(grant.authorizerRefreshToken == refreshToken)
            #expect(harness.fake.isValid(token: grant.authorizerAccessToken))

            let componentToken = try await platform.componentAccessToken(harness.componentAppID)
            for (path, keys) in [
                ("api_create_preauthcode", ["component_appid"]),
                ("api_query_auth", ["authorization_code", "component_appid"]),
                ("api_authorizer_token", ["authorizer_appid", "authorizer_refresh_token", "component_appid"]),
            ] {
                let call = try #require(harness.fake.calls(path: "/cgi-bin/component/" + path).first)
                #expect(call.queryNames == ["component_access_token"])
                #expect(call.query("component_access_token") == componentToken)
                #expect(call.body?.objectValue?.keys.sorted() == keys)
            }
        }
    }

    @Test("an authorization code works once")
    func codeWorksOnce() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            let api = try platform.componentAPI(harness.componentAppID)
            let code = harness.fake.mintAuthorizationCode(authorizerAppID: "wxauth1")
            _ = try await api.queryAuth(authorizationCode: code)
            let error = await #expect(throws: WeChatAPIError.self) { try await api.queryAuth(authorizationCode: code) }
            #expect(error?.errcode == 40029)
            #expect(error?.isInvalidAccessToken == false)
        }
    }

    @Test("authorizer details decode the whole typed shape")
    func authorizerDetails() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform("wxauthorizer000001")
            let details = try await platform.componentAPI(harness.componentAppID).authorizerDetails(
                authorizerAppID: "wxauthorizer000001")
            let info = details.authorizerInfo
            #expect(info.nickName == "假测试号")
            #expect(info.serviceType.id == 2)
            #expect(info.verifyType.id == -1)
            #expect(info.userName == "gh_orizer000001")
            #expect(info.businessInfo?.openPay == 1)
            #expect(info.accountStatus == 1)
            #expect(info.basicConfig?.isPhoneConfigured == true)
            #expect(info.basicConfig?.isEmailConfigured == false)
            #expect(!info.isMiniProgram)
            #expect(details.authorizationInfo.authorizerAppID == "wxauthorizer000001")
            #expect(details.authorizationInfo.functionScopes.first?.confirmation?.canConfirm == 0)
            let call = try #require(harness.fake.calls(path: "/cgi-bin/component/api_get_authorizer_info").first)
            #expect(call.body?.objectValue?.keys.sorted() == ["authorizer_appid", "component_appid"])
        }
    }

    @Test("authorizer list pages with offset and count")
    func authorizerList() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            for index in 0..<3 { harness.fake.addAuthorizer("wxlisted\(index)") }
            let api = try platform.componentAPI(harness.componentAppID)
            let page = try await api.authorizerList(offset: 1, count: 1)
            #expect(page.totalCount == 3)
            #expect(page.list.map(\.authorizerAppID) == ["wxlisted1"])
            #expect(page.list.first?.refreshToken?.hasPrefix("refreshtoken@@@") == true)
            #expect(page.list.first?.authTime == 1_558_000_607)
            let call = try #require(harness.fake.calls(path: "/cgi-bin/component/api_get_authorizer_list").first)
            #expect(call.body == ["component_appid": .string(harness.componentAppID), "offset": 1, "count": 1])
        }
    }

    @Test("authorizer options round-trip as strings")
    func options() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform()
            let api = try platform.componentAPI(harness.componentAppID)
            #expect(
                try await api.authorizerOption(authorizerAppID: "wxauthorizer000001", name: .voiceRecognize).value
                    == "0")
            try await api.setAuthorizerOption(authorizerAppID: "wxauthorizer000001", name: .voiceRecognize, value: "1")
            let option = try await api.authorizerOption(authorizerAppID: "wxauthorizer000001", name: .voiceRecognize)
            #expect(option.value == "1")
            #expect(option.name == "voice_recognize")
            let set = try #require(harness.fake.calls(path: "/cgi-bin/component/api_set_authorizer_option").first)
            #expect(set.body?["option_value"] == "1")
            #expect(
                set.body?.objectValue?.keys.sorted() == [
                    "authorizer_appid", "component_appid", "option_name", "option_value",
                ])
            await #expect(throws: WeChatAPIError.self) {
                try await api.setAuthorizerOption(
                    authorizerAppID: "wxauthorizer000001", name: "no_such_option", value: "1")
            }
        }
    }

    @Test("clear quota and clear quota v2")
    func clearQuota() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            try await platform.componentAPI(harness.componentAppID).clearQuota()
            #expect(
                harness.fake.calls(path: "/cgi-bin/component/clear_quota").first?.body == [
                    "component_appid": .string(harness.componentAppID)
                ])
            try await harness.client.clearQuotaV2(
                appID: harness.componentAppID, componentAppID: harness.componentAppID,
                secret: harness.fake.configuration.componentSecret
            )
            let v2 = try #require(harness.fake.calls(path: "/cgi-bin/component/clear_quota/v2").first)
            #expect(v2.query.isEmpty)
            #expect(v2.body?.objectValue?.keys.sorted() == ["appid", "appsecret", "component_appid"])
        }
    }

    @Test("web OAuth code exchange, refresh and userinfo")
    func webOAuth() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            let api = try platform.componentAPI(harness.componentAppID)
            let code = harness.fake.mintOAuthCode(
                authorizerAppID: "wxauth1", openID: "oUser1", scope: "snsapi_userinfo")
            let token = try await api.oauthAccessToken(authorizerAppID: "wxauth1", code: code)
            #expect(token.openID == "oUser1")
            #expect(token.scope == "snsapi_userinfo")
            let exchange = try #require(harness.fake.calls(path: "/sns/oauth2/component/access_token").first)
            #expect(exchange.method == "GET")
            #expect(
                exchange.queryNames == ["appid", "code", "grant_type", "component_appid", "component_access_token"])
            #expect(exchange.query("grant_type") == "authorization_code")

            let renewed = try await api.refreshOAuthAccessToken(
                authorizerAppID: "wxauth1", refreshToken: token.refreshToken)
            #expect(renewed.openID == "oUser1")
            let refresh = try #require(harness.fake.calls(path: "/sns/oauth2/component/refresh_token").first)
            #expect(
                refresh.queryNames == [
                    "appid", "grant_type", "component_appid", "component_access_token", "refresh_token",
                ])

            let user = try await harness.client.oauthUserInfo(
                accessToken: renewed.accessToken, openID: "oUser1", language: "en")
            #expect(user.nickname == "测试用户")
            #expect(user.unionID == "oUnionFake0001")
            #expect(harness.fake.calls(path: "/sns/userinfo").first?.queryNames == ["access_token", "openid", "lang"])

            let reused = await #expect(throws: WeChatAPIError.self) {
                try await api.oauthAccessToken(authorizerAppID: "wxauth1", code: code)
            }
            #expect(reused?.errcode == 40029)
        }
    }
}
