import Foundation
import Testing
import WeChatBot
import WeChatBotTesting

@Suite("Handlers use the account API; menus are declared beside their handlers")
struct AccountAPIContextTests {
    static let picture: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("one-import-\(UUID().uuidString).png").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: 1, count: 100))
        return path
    }()

    @Test("a subscribe handler greets by the nickname context.api looks up")
    func nicknameGreeting() async throws {
        let api = RecordingAPITransport(answers: [
            "cgi-bin/user/info": #"{"subscribe":1,"openid":"o_test_user","nickname":"小明"}"#
        ])
        await oneImportBot(menuPicture: Self.picture).test(api: api) { client in
            #expect(await client.send(.subscribe()).text == "欢迎，小明！")
        }
        #expect(api.requests.map(\.path) == ["cgi-bin/user/info"])
        #expect(api.requests.first?.query == ["openid=o_test_user", "lang=zh_CN"])
    }

    @Test("without API access a handler's call fails with notConfigured and the bot answers success")
    func unconfigured() async throws {
        await oneImportBot(menuPicture: Self.picture).test { client in
            #expect(await client.send(.subscribe()) == .success)
        }
        let error = await #expect(throws: WeChatAPIError.self) {
            try await AccountIdentity(appID: "wx1", originalID: "gh_1").unconfiguredAPI.menus.current()
        }
        #expect(error?.description == "no WeChat API access is configured for account wx1")
    }

    @Test("a reply naming a local file is uploaded and answered with its media id")
    func localFileReply() async throws {
        let api = RecordingAPITransport(answers: [
            "cgi-bin/media/upload": #"{"type":"image","media_id":"MEDIA_PICTURE","created_at":1700000000}"#
        ])
        await oneImportBot(menuPicture: Self.picture).test(api: api) { client in
            #expect(await client.send(.click(key: "PICTURE")) == .reply(.image(mediaID: "MEDIA_PICTURE")))
        }
        #expect(api.requests.map(\.path) == ["cgi-bin/media/upload"])
        #expect(api.requests.first?.query == ["type=image"])
        #expect(api.requests.first?.body == Self.picture)
    }

    @Test("the declared menu is the bot's, validated, and its click buttons are answered")
    func declaredMenu() async throws {
        let bot = oneImportBot(menuPicture: Self.picture)
        let menu = try #require(bot.menu)
        try menu.validate()
        #expect(menu.keys == ["TODAY", "PICTURE"])
        #expect(menu.buttons[1].action == .subMenu([.click("菜单图", key: "PICTURE"), .view("官网", url: "https://example.com")]))
        #expect(bot.diagnostics.isEmpty)
        await bot.test { client in
            #expect(await client.send(.click(key: "TODAY")).text == "拿铁")
        }
    }

    @Test("diagnostics name a click rule whose key is in no menu and a menu key no rule answers")
    func menuDiagnostics() {
        let bot = Bot {
            MenuBar {
                Click("今日", key: "TODAY") { _, _ in .text("x") }
                MenuButton.click("孤儿", key: "ORPHAN")
                MenuButton.click("券", key: "COUPON_5")
            }
            On(.click(key: "GHOST")) { _, _ in .text("never in a menu") }
            On(.click(keyPrefix: "COUPON_")) { _, _ in .text("coupon") }
        }
        let messages = bot.diagnostics.map(\.message)
        #expect(bot.diagnostics.map(\.kind) == [.clickKeyNotInMenu, .menuKeyUnanswered])
        #expect(messages.first?.contains("GHOST") == true)
        #expect(messages.last == "menu button key ORPHAN is answered by no rule")
    }

    @Test("a bot without a declared menu reports nothing about click keys")
    func noMenuNoDiagnostics() {
        let bot = Bot { On(.click(key: "ANY")) { _, _ in .text("x") } }
        #expect(bot.menu == nil)
        #expect(bot.diagnostics.isEmpty)
    }
}
