import AsyncHTTPClient
import Crypto
import Foundation
import Logging
import Prometheus
import Testing
import WeChatAPI
import WeChatAPITesting

/// Every endpoint group of the account API against the fake WeChat API over real sockets, with a plain
/// Official Account's own token.
@Suite("Account API endpoints")
struct AccountAPIEndpointTests {
    /// The fake's plain account, its credentials in a fresh store.
    static func account(_ harness: Harness) throws -> AccountCredentials {
        let (appID, secret) = try #require(harness.fake.configuration.accounts.first)
        return AccountCredentials(
            configuration: .init(appID: appID, secret: secret), client: harness.client,
            store: InMemoryCredentialStore(), logger: harness.logs.logger)
    }

    /// A scratch folder with files of the given sizes.
    static func files(_ sizes: [String: Int]) throws -> (folder: URL, paths: [String: String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String: String] = [:]
        for (name, size) in sizes {
            let url = folder.appendingPathComponent(name)
            try Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: url)
            paths[name] = url.path
        }
        return (folder, paths)
    }

    @Test("menus: create, get, conditional, try-match, delete; WeChat's own checks answer their codes")
    func menus() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            let missing = await #expect(throws: WeChatAPIError.self) { try await api.menus.current() }
            #expect(missing?.errcode == 46003)
            let menu = Menu(buttons: [
                .click("今日歌曲", key: "V1001_TODAY_MUSIC"),
                .subMenu("菜单", [.view("搜索", url: "http://www.soso.com/"), MenuButton(name: "扫码", action: .scanCodePush(key: "SCAN"))]),
            ])
            try await api.menus.create(menu)
            #expect(try await api.menus.current().menu?.buttons == menu.buttons)
            let id = try await api.menus.addConditional(
                Menu(buttons: [.click("VIP", key: "VIP")], matchRule: MenuMatchRule(tagID: "2")))
            let current = try await api.menus.current()
            #expect(current.conditionalMenus.map(\.menuID) == [id])
            #expect(try await api.menus.tryMatch(user: "oFollower0000000000000000001") == menu.buttons)
            try await api.menus.deleteConditional(menuID: id)
            let unknown = await #expect(throws: WeChatAPIError.self) { try await api.menus.deleteConditional(menuID: id) }
            #expect(unknown?.errcode == 65301)
            try await api.menus.delete()
            await #expect(throws: WeChatAPIError.self) { try await api.menus.current() }
            // The fake checks the tree as WeChat does, for requests that bypass our validation.
            let raw = await #expect(throws: WeChatAPIError.self) {
                _ = try await api.call(
                    .post, "cgi-bin/menu/create", body: ["button": [["type": "tap", "name": "x", "key": "k"]]],
                    as: WeChatAPIStatus.self)
            }
            #expect(raw?.errcode == 40017)
        }
    }

    @Test("temporary media: multipart upload (field media), download of the same bytes, video URL, article image")
    func temporaryMedia() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            let (folder, paths) = try Self.files(["menu.png": 150_000, "thumb.jpg": 60_000, "clip.mp4": 1000, "photo.jpg": 5000])
            defer { try? FileManager.default.removeItem(at: folder) }
            let image = try await api.media.upload(file: paths["menu.png"]!, type: .image)
            #expect(image.type == .image)
            #expect(image.createdAt > 1_700_000_000)
            let upload = try #require(harness.fake.calls(path: "/cgi-bin/media/upload").first)
            #expect(upload.queryNames == ["access_token", "type"])
            #expect(upload.body?["filename"] == "menu.png")
            #expect(upload.body?["content_type"] == "image/png")
            #expect(upload.body?["size"] == 150_000)
            guard case .file(let type, let bytes) = try await api.media.download(mediaID: image.mediaID) else {
                Issue.record("image download did not answer the file")
                return
            }
            #expect(type == "image/png")
            #expect(bytes == Array(try Data(contentsOf: URL(fileURLWithPath: paths["menu.png"]!))))
            let thumb = try await api.media.upload(file: paths["thumb.jpg"]!, type: .thumb)
            #expect(thumb.type == .thumb)
            let video = try await api.media.upload(file: paths["clip.mp4"]!, type: .video)
            guard case .videoURL(let url) = try await api.media.download(mediaID: video.mediaID) else {
                Issue.record("video download did not answer a URL")
                return
            }
            #expect(url.hasSuffix(".mp4"))
            let gone = await #expect(throws: WeChatAPIError.self) { try await api.media.download(mediaID: "MEDIA_NONE") }
            #expect(gone?.errcode == 40007)
            #expect(try await api.media.uploadArticleImage(file: paths["photo.jpg"]!).hasPrefix("http://mmbiz.qpic.cn/"))
        }
    }

    @Test("a thumb over 64 KB and a 3 MB voice are refused before any request")
    func mediaRefusedBeforeSending() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            let (folder, paths) = try Self.files(["big.jpg": 65_537, "long.mp3": 3 << 20])
            defer { try? FileManager.default.removeItem(at: folder) }
            let thumb = await #expect(throws: WeChatAPIError.self) { try await api.media.upload(file: paths["big.jpg"]!, type: .thumb) }
            #expect(thumb?.isInvalidRequest == true)
            await #expect(throws: WeChatAPIError.self) { try await api.media.upload(file: paths["long.mp3"]!, type: .voice) }
            #expect(harness.fake.calls().isEmpty)
        }
    }

    @Test("permanent material: image and video with description, get, count, list, delete")
    func material() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            let (folder, paths) = try Self.files(["logo.png": 2000, "intro.mp4": 3000])
            defer { try? FileManager.default.removeItem(at: folder) }
            let image = try await api.material.add(file: paths["logo.png"]!, type: .image)
            #expect(image.url?.hasPrefix("http://mmbiz.qpic.cn/") == true)
            let video = try await api.material.addVideo(file: paths["intro.mp4"]!, title: "开业", introduction: "欢迎光临")
            let videoCall = try #require(harness.fake.calls(path: "/cgi-bin/material/add_material").last)
            #expect(videoCall.body?["description"] == #"{"introduction":"欢迎光临","title":"开业"}"#)
            guard case .video(let described) = try await api.material.get(mediaID: video.mediaID) else {
                Issue.record("video material did not answer its description")
                return
            }
            #expect(described.title == "开业")
            #expect(described.downloadURL?.hasSuffix(".mp4") == true)
            guard case .file(_, let bytes) = try await api.material.get(mediaID: image.mediaID) else {
                Issue.record("image material did not answer the file")
                return
            }
            #expect(bytes.count == 2000)
            let count = try await api.material.count()
            #expect(count.image == 1 && count.video == 1 && count.voice == 0)
            let page = try await api.material.list(.image, offset: 0, count: 20)
            #expect(page.totalCount == 1)
            #expect(page.items.map(\.mediaID) == [image.mediaID])
            try await api.material.delete(mediaID: image.mediaID)
            let deleted = await #expect(throws: WeChatAPIError.self) { try await api.material.delete(mediaID: image.mediaID) }
            #expect(deleted?.errcode == 40007)
        }
    }

    @Test("template and subscribe messages: send, list, add, delete; unknown templates refused by WeChat")
    func templates() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            let message = TemplateMessage(
                to: "oFollower0000000000000000001", templateID: "TM_ORDER_SHIPPED",
                data: ["first": .init("您的订单已发货", color: "#173177"), "keyword1": .init("SF1234567")],
                url: "https://shop.example.com/orders/1")
            #expect(try await api.templates.send(message) > 0)
            let sent = try #require(harness.fake.calls(path: "/cgi-bin/message/template/send").first)
            #expect(sent.body?["data"]?["first"]?["color"] == "#173177")
            var unknown = message
            unknown.templateID = "TM_NONE"
            let refused = await #expect(throws: WeChatAPIError.self) { try await api.templates.send(unknown) }
            #expect(refused?.errcode == 40037)
            let added = try await api.templates.add(shortID: "OPENTM200605630")
            #expect(try await api.templates.list().map(\.templateID).sorted() == [added, "TM_ORDER_SHIPPED"].sorted())
            try await api.templates.delete(templateID: added)
            #expect(try await api.templates.list().map(\.templateID) == ["TM_ORDER_SHIPPED"])
            try await api.subscribeMessages.send(
                SubscribeMessage(to: "oFollower0000000000000000001", templateID: "SUB_ORDER_STATUS", data: ["thing1": .init("已发货")]))
            let subscribe = await #expect(throws: WeChatAPIError.self) {
                try await api.subscribeMessages.send(
                    SubscribeMessage(to: "oFollower0000000000000000001", templateID: "SUB_NONE", data: ["thing1": .init("x")]))
            }
            #expect(subscribe?.errcode == 40037)
        }
    }

    @Test("QR codes: temporary and permanent with their image URL")
    func qrCodes() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            let temporary = try await api.qrCodes.temporary(scene: .integer(42), expiresIn: 3600)
            #expect(temporary.expiresIn == 3600)
            #expect(temporary.imageURL.hasPrefix("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket="))
            let permanent = try await api.qrCodes.permanent(scene: .string("table-7"))
            #expect(permanent.expiresIn == nil)
            #expect(harness.fake.calls(path: "/cgi-bin/qrcode/create").last?.body?["action_name"] == "QR_LIMIT_STR_SCENE")
        }
    }

    @Test("users: nickname, batch info, every follower across pages, remarks, blacklist")
    func users() async throws {
        var configuration = FakeWeChatAPI.Configuration()
        configuration.followers = (1...5).map { ("oFollower000000000000000000\($0)", "粉丝\($0)") }
        configuration.followerPageSize = 2
        let followers = configuration.followers.map(\.openID)
        try await withHarness(fake: configuration) { harness in
            let api = try Self.account(harness).api
            #expect(try await api.users.info(openID: "oFollower0000000000000000002").nickname == "粉丝2")
            let profiles = try await api.users.info(openIDs: ["oFollower0000000000000000001", "oFollower0000000000000000003"])
            #expect(profiles.map(\.nickname) == ["粉丝1", "粉丝3"])
            var all: [String] = []
            for try await openID in api.users.all() { all.append(openID) }
            #expect(all == followers)
            #expect(harness.fake.calls(path: "/cgi-bin/user/get").count == 4)  // 2 + 2 + 1, then an empty page
            try await api.users.setRemark("老顾客", for: "oFollower0000000000000000001")
            #expect(try await api.users.info(openID: "oFollower0000000000000000001").remark == "老顾客")
            try await api.users.block(["oFollower0000000000000000004"])
            var blocked: [String] = []
            for try await openID in api.users.blacklist() { blocked.append(openID) }
            #expect(blocked == ["oFollower0000000000000000004"])
            try await api.users.unblock(["oFollower0000000000000000004"])
            #expect(try await api.users.blacklistPage().openIDs.isEmpty)
            let invalid = await #expect(throws: WeChatAPIError.self) { try await api.users.info(openID: "not an openid") }
            #expect(invalid?.errcode == 40003)
        }
    }

    @Test("tags: create, list, tag, ids, followers of a tag, rename, delete; unknown ids refused by WeChat")
    func tags() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            let vip = try await api.tags.create(name: "VIP")
            let duplicate = await #expect(throws: WeChatAPIError.self) { try await api.tags.create(name: "VIP") }
            #expect(duplicate?.errcode == 45157)
            try await api.tags.tag(["oFollower0000000000000000001", "oFollower0000000000000000002"], with: vip.id)
            #expect(try await api.tags.ids(of: "oFollower0000000000000000001") == [vip.id])
            var members: [String] = []
            for try await openID in api.tags.followers(of: vip.id) { members.append(openID) }
            #expect(members == ["oFollower0000000000000000001", "oFollower0000000000000000002"])
            try await api.tags.untag(["oFollower0000000000000000002"], from: vip.id)
            try await api.tags.rename(id: vip.id, to: "金卡")
            #expect(try await api.tags.list() == [UserTag(id: vip.id, name: "金卡", count: 1)])
            try await api.tags.delete(id: vip.id)
            let gone = await #expect(throws: WeChatAPIError.self) { try await api.tags.delete(id: vip.id) }
            #expect(gone?.errcode == 45159)
        }
    }

    @Test("customer service typing status")
    func typing() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            try await api.customerService.setTyping(true, for: "oFollower0000000000000000001")
            try await api.customerService.setTyping(false, for: "oFollower0000000000000000001")
            #expect(harness.fake.calls(path: "/cgi-bin/message/custom/typing").map { $0.body?["command"] } == ["Typing", "CancelTyping"])
        }
    }

    @Test("the generic call: any endpoint with the account's token, refreshed once when refused")
    func genericCall() async throws {
        try await withHarness { harness in
            let api = try Self.account(harness).api
            try await api.menus.create(Menu(buttons: [.click("Hi", key: "HI")]))
            harness.fake.expireTokens(.account)
            let raw: JSONValue = try await api.call(.get, "cgi-bin/menu/get")
            #expect(raw["menu"]?["button"]?.arrayValue?.first?["key"] == "HI")
            let tokens = harness.fake.calls(path: "/cgi-bin/stable_token")
            #expect(tokens.count == 2)
            #expect(tokens.last?.body?["force_refresh"] == true)
            let calls = harness.fake.calls(path: "/cgi-bin/menu/get")
            #expect(calls.map(\.errcode) == [42001, 0])
        }
    }
}

@Suite("Web OAuth of a plain Official Account")
struct AccountOAuthTests {
    @Test("authorize URL in WeChat's order; code → token → profile; refresh; a used code is refused")
    func login() async throws {
        try await withHarness { harness in
            let account = try AccountAPIEndpointTests.account(harness)
            let appID = account.configuration.appID
            let link = account.oauthAuthorizeURL(redirect: "https://a.cn/cb?x=1", scope: .userInfo, state: "s1")
            #expect(link == "https://open.weixin.qq.com/connect/oauth2/authorize?appid=\(appID)&redirect_uri=https%3A%2F%2Fa.cn%2Fcb%3Fx%3D1&response_type=code&scope=snsapi_userinfo&state=s1#wechat_redirect")
            let code = harness.fake.mintOAuthCode(authorizerAppID: appID, openID: "oUser1", scope: "snsapi_userinfo")
            let (token, profile) = try await account.oauthLogin(code: code)
            #expect(token.openID == "oUser1")
            #expect(profile?.nickname == "测试用户")
            let exchange = try #require(harness.fake.calls(path: "/sns/oauth2/access_token").first)
            #expect(exchange.queryNames == ["appid", "secret", "code", "grant_type"])
            #expect(!harness.logs.lines.joined().contains(code), "the code is never logged")
            let again = await #expect(throws: WeChatAPIError.self) { try await account.oauthAccessToken(code: code) }
            #expect(again?.errcode == 40029)
            let renewed = try await account.refreshOAuthAccessToken(refreshToken: token.refreshToken)
            #expect(renewed.openID == "oUser1")
        }
    }
}

@Suite("API call metrics")
struct APICallMetricsTests {
    @Test("calls are counted by endpoint and errcode")
    func countsByEndpointAndErrcode() async throws {
        let registry = PrometheusCollectorRegistry()
        try await FakeWeChatAPI.withRunning { fake in
            let client = WeChatAPIClient(
                httpClient: .shared,
                configuration: .init(baseURL: fake.baseURL, metricsFactory: PrometheusMetricsFactory(registry: registry)),
                logger: Logger(label: "test"))
            let (appID, secret) = try #require(fake.configuration.accounts.first)
            let api = AccountCredentials(
                configuration: .init(appID: appID, secret: secret), client: client, store: InMemoryCredentialStore(),
                logger: Logger(label: "test")
            ).api
            try await api.menus.create(Menu(buttons: [.click("a", key: "A")]))
            _ = try await api.menus.current()
            await #expect(throws: WeChatAPIError.self) { try await api.templates.delete(templateID: "TM_NONE") }
        }
        let text = registry.emitToString()
        #expect(text.contains(#"wechat_api_calls_total{endpoint="cgi-bin/menu/create",errcode="0"} 1"#))
        #expect(text.contains(#"wechat_api_calls_total{endpoint="cgi-bin/stable_token",errcode="0"} 1"#))
        #expect(text.contains(#"wechat_api_calls_total{endpoint="cgi-bin/template/del_private_template",errcode="40037"} 1"#))
    }
}

@Suite("An authorizer's account API through its third-party platform")
struct AuthorizerAccountAPITests {
    @Test("calls carry the authorizer's token; a file's media id is uploaded once and kept in the store")
    func authorizerAPI() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform("wxauthorizer000001")
            let api = try platform.authorizerAPI(component: harness.componentAppID, authorizer: "wxauthorizer000001")
            try await api.menus.create(Menu(buttons: [.click("Hi", key: "HI")]))
            #expect(try await api.users.info(openID: "oFollower0000000000000000002").nickname == "Alice")
            let menuCall = try #require(harness.fake.calls(path: "/cgi-bin/menu/create").first)
            let token = try #require(menuCall.query("access_token"))
            #expect(token.hasPrefix("AUTHORIZER_"))

            let (folder, paths) = try AccountAPIEndpointTests.files(["card.png": 1200])
            defer { try? FileManager.default.removeItem(at: folder) }
            let first = try await api.media.mediaID(forFile: paths["card.png"]!, type: .image)
            let again = try await platform.authorizerAPI(component: harness.componentAppID, authorizer: "wxauthorizer000001")
                .media.mediaID(forFile: paths["card.png"]!, type: .image)
            #expect(first == again)
            #expect(harness.fake.calls(path: "/cgi-bin/media/upload").count == 1)
            let stored = try await platform.store.load(
                .uploadedMedia(appID: "wxauthorizer000001", fileDigest: try #require(
                    await FileDigestProbe.digest(paths["card.png"]!))))
            #expect(stored?.value == first)
            #expect((stored?.expiresAt ?? 0) > Int64(Date().timeIntervalSince1970) + 3 * 24 * 3600 - 120)
        }
    }
}

/// The digest the media cache files a file under: SHA-256 of "image", a NUL byte and the content.
enum FileDigestProbe {
    static func digest(_ path: String) async -> String? {
        guard let content = FileManager.default.contents(atPath: path) else { return nil }
        return SHA256.hash(data: Array("image".utf8) + [0] + Array(content)).map { String(format: "%02x", $0) }.joined()
    }
}
