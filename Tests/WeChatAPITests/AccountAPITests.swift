import Testing
import WeChatAPI
import WeChatAPITesting
import WeChatMessages

@Suite("Account API against the fake")
struct AccountAPITests {
    static let authorizer = "wxauthorizer000001"

    static let messages: [(CustomerServiceMessage, JSONValue)] = [
        (
            .text("Hello <a href=\"https://x.cn\">World</a>\n]]>"),
            ["content": "Hello <a href=\"https://x.cn\">World</a>\n]]>"]
        ),
        (.image(mediaID: "MEDIA1"), ["media_id": "MEDIA1"]),
        (.voice(mediaID: "MEDIA2"), ["media_id": "MEDIA2"]),
        (
            .video(mediaID: "V", thumbMediaID: "T", title: "t", description: "d"),
            ["media_id": "V", "thumb_media_id": "T", "title": "t", "description": "d"]
        ),
        (.video(mediaID: "V"), ["media_id": "V"]),
        (
            .music(
                Music(title: "M", description: "D", musicURL: "http://m", hqMusicURL: "http://hq", thumbMediaID: "TH")),
            [
                "title": "M", "description": "D", "musicurl": "http://m", "hqmusicurl": "http://hq",
                "thumb_media_id": "TH",
            ]
        ),
        (
            .news([Article(title: "A", description: "B", picURL: "http://p", url: "http://u")]),
            ["articles": [["title": "A", "description": "B", "url": "http://u", "picurl": "http://p"]]]
        ),
        (.mpNews(mediaID: "NEWS"), ["media_id": "NEWS"]),
        (.mpNewsArticle(articleID: "ART"), ["article_id": "ART"]),
        (
            .menu(
                MessageMenu(
                    headContent: "您对本次服务是否满意呢?",
                    items: [.init(id: "101", content: "满意"), .init(id: "102", content: "不满意")],
                    tailContent: "欢迎再次光临")),
            [
                "head_content": "您对本次服务是否满意呢?",
                "list": [["id": "101", "content": "满意"], ["id": "102", "content": "不满意"]],
                "tail_content": "欢迎再次光临",
            ]
        ),
        (.card(cardID: "CARD"), ["card_id": "CARD"]),
        (
            .miniProgramPage(title: "T", appID: "wxmini", pagePath: "pages/index", thumbMediaID: "TH"),
            ["title": "T", "appid": "wxmini", "pagepath": "pages/index", "thumb_media_id": "TH"]
        ),
        (
            .link(title: "T", description: "D", url: "http://u", thumbURL: "http://t"),
            ["title": "T", "description": "D", "url": "http://u", "thumb_url": "http://t"]
        ),
    ]

    @Test("customer-service send: every msgtype has §6.9's exact JSON", arguments: messages)
    func customerService(message: CustomerServiceMessage, content: JSONValue) async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            let api = try platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
            try await api.customerService.send(message, to: "oFan1")
            let call = try #require(harness.fake.calls(path: "/cgi-bin/message/custom/send").first)
            #expect(call.errcode == 0)
            #expect(call.queryNames == ["access_token"])
            #expect(
                call.query("access_token")
                    == (try await platform.authorizerAccessToken(
                        component: harness.componentAppID, authorizer: Self.authorizer)))
            let type = try #require(call.body?["msgtype"]?.stringValue)
            #expect(call.body == .object(["touser": "oFan1", "msgtype": .string(type), type: content]))
        }
    }

    @Test("customer-service send as an agent adds customservice.kf_account")
    func customerServiceAgent() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            try await platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
                .customerService.send(.text("hi"), to: "oFan1", agent: "test1@kftest")
            let call = try #require(harness.fake.calls(path: "/cgi-bin/message/custom/send").first)
            #expect(call.body?["customservice"] == ["kf_account": "test1@kftest"])
        }
    }

    @Test("an empty text is refused with WeChat's code")
    func emptyText() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            let api = try platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
            await #expect(throws: WeChatAPIError.weChat(code: 44004, message: "empty content")) {
                try await api.customerService.send(.text(""), to: "oFan1")
            }
        }
    }

    @Test("user info decodes the follower record")
    func userInfo() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            let user = try await platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
                .users.info(openID: "oFan1", language: "zh_TW")
            #expect(user.isSubscribed)
            #expect(user.openID == "oFan1")
            #expect(user.language == "zh_TW")
            #expect(user.tagIDs == [])
            #expect(user.subscribeScene == "ADD_SCENE_QR_CODE")
            #expect(user.qrScene == 98765)
            #expect(
                harness.fake.calls(path: "/cgi-bin/user/info").first?.queryNames == ["access_token", "openid", "lang"])
        }
    }

    @Test("open account create, get, unbind and bind")
    func openAccounts() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            let api = try platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
            let open = try await api.openAccounts.create()
            #expect(try await api.openAccounts.current() == open)
            let bound = await #expect(throws: WeChatAPIError.self) { try await api.openAccounts.bind(to: open) }
            #expect(bound?.errcode == 89000)
            try await api.openAccounts.unbind(from: open)
            let missing = await #expect(throws: WeChatAPIError.self) { try await api.openAccounts.current() }
            #expect(missing?.errcode == 89002)
            try await api.openAccounts.bind(to: open)
            #expect(try await api.openAccounts.current() == open)
            for path in ["create", "get"] {
                #expect(
                    harness.fake.calls(path: "/cgi-bin/open/" + path).first?.body == ["appid": .string(Self.authorizer)]
                )
            }
            #expect(
                harness.fake.calls(path: "/cgi-bin/open/bind").first?.body == [
                    "appid": .string(Self.authorizer), "open_appid": .string(open),
                ])
        }
    }

    @Test("plain account: stable_token once, reused, force_refresh after a refusal")
    func accountCredentials() async throws {
        try await withHarness { harness in
            let (appID, secret) = try #require(harness.fake.configuration.accounts.first)
            let account = AccountCredentials(
                configuration: .init(appID: appID, secret: secret), client: harness.client,
                store: InMemoryCredentialStore(), logger: harness.logs.logger
            )
            let first = try await account.accessToken()
            #expect(try await account.accessToken() == first)
            let calls = harness.fake.calls(path: "/cgi-bin/stable_token")
            #expect(calls.count == 1)
            #expect(
                calls.first?.body == [
                    "grant_type": "client_credential", "appid": .string(appID), "secret": .string(secret),
                    "force_refresh": false,
                ])

            harness.fake.expireTokens(.account)
            let user = try await account.api.users.info(openID: "oFan1")
            #expect(user.openID == "oFan1")
            let refreshed = harness.fake.calls(path: "/cgi-bin/stable_token")
            #expect(refreshed.count == 2)
            #expect(refreshed.last?.body?["force_refresh"] == true)
            #expect(try await account.accessToken() != first)
        }
    }

    @Test("classic cgi-bin/token sends grant_type, appid and secret in the query")
    func classicToken() async throws {
        try await withHarness { harness in
            let (appID, secret) = try #require(harness.fake.configuration.accounts.first)
            let grant = try await harness.client.accessToken(appID: appID, secret: secret)
            #expect(grant.expiresIn == 7200)
            #expect(harness.fake.calls(path: "/cgi-bin/token").first?.queryNames == ["grant_type", "appid", "secret"])
            let wrong = await #expect(throws: WeChatAPIError.self) {
                try await harness.client.accessToken(appID: appID, secret: "bad")
            }
            #expect(wrong?.errcode == 40125)
        }
    }
}
