import Foundation
import Testing
import WeChatAccountAPI

@Suite("Menus")
struct MenuTests {
    /// The example menu of WeChat's "Creating Custom-Defined Menu" page, as its docs write it.
    static let documentedMenu = #"""
        {"button":[
          {"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC"},
          {"name":"菜单","sub_button":[
            {"type":"view","name":"搜索","url":"http://www.soso.com/"},
            {"type":"miniprogram","name":"wxa","url":"http://mp.weixin.qq.com","appid":"wx286b93c14bbf93aa","pagepath":"pages/lunar/index"},
            {"type":"click","name":"赞一下我们","key":"V1001_GOOD"}]}]}
        """#

    @Test("WeChat's documented menu JSON decodes into typed buttons and validates")
    func decodesDocumentedMenu() throws {
        let menu = try JSONDecoder().decode(Menu.self, from: Data(Self.documentedMenu.utf8))
        #expect(menu.buttons.count == 2)
        #expect(menu.buttons[0] == .click("今日歌曲", key: "V1001_TODAY_MUSIC"))
        guard case .subMenu(let children) = menu.buttons[1].action else {
            Issue.record("second button is not a sub-menu")
            return
        }
        #expect(children[1].action == .miniProgram(appID: "wx286b93c14bbf93aa", pagePath: "pages/lunar/index", url: "http://mp.weixin.qq.com"))
        #expect(menu.keys == ["V1001_TODAY_MUSIC", "V1001_GOOD"])
        try menu.validate()
    }

    @Test("every button type encodes with WeChat's type string and fields")
    func encodesEveryType() throws {
        let buttons: [(MenuButton.Action, String)] = [
            (.click(key: "K"), #""key":"K","name":"b","type":"click""#),
            (.view(url: "https://a.cn"), #""name":"b","type":"view","url":"https://a.cn""#),
            (.scanCodePush(key: "K"), #""key":"K","name":"b","type":"scancode_push""#),
            (.scanCodeWaitMessage(key: "K"), #""key":"K","name":"b","type":"scancode_waitmsg""#),
            (.systemPhoto(key: "K"), #""key":"K","name":"b","type":"pic_sysphoto""#),
            (.photoOrAlbum(key: "K"), #""key":"K","name":"b","type":"pic_photo_or_album""#),
            (.weChatAlbum(key: "K"), #""key":"K","name":"b","type":"pic_weixin""#),
            (.locationSelect(key: "K"), #""key":"K","name":"b","type":"location_select""#),
            (.media(mediaID: "M"), #""media_id":"M","name":"b","type":"media_id""#),
            (.article(articleID: "A"), #""article_id":"A","name":"b","type":"article_id""#),
            (.articleViewLimited(articleID: "A"), #""article_id":"A","name":"b","type":"article_view_limited""#),
        ]
        for (action, expected) in buttons {
            let json = String(decoding: try WeChatJSON.encode(MenuButton(name: "b", action: action)), as: UTF8.self)
            #expect(json == "{" + expected + "}")
            let back = try JSONDecoder().decode(MenuButton.self, from: Data(json.utf8))
            #expect(back.action == action)
        }
    }

    @Test("four top-level buttons are refused before sending, naming the limit")
    func refusesFourButtons() async throws {
        let (api, transport) = scriptedAPI()
        let menu = Menu(buttons: (1...4).map { .click("b\($0)", key: "K\($0)") })
        let error = await #expect(throws: WeChatAPIError.self) { try await api.menus.create(menu) }
        #expect(error?.isInvalidRequest == true)
        #expect(error?.description.contains("4 top-level buttons") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test("a 15-byte Chinese name passes, 18 bytes do not; a 17-byte top-level name is refused, naming the button and the limit")
    func refusesLongTopLevelName() async throws {
        let (api, transport) = scriptedAPI()
        try Menu(buttons: [.click("今日歌曲精", key: "K")]).validate()  // 5 × 3 = 15 bytes
        #expect(throws: WeChatAPIError.self) { try Menu(buttons: [.click("今日歌曲精选", key: "K")]).validate() }
        let longName = Menu(buttons: [.click("12345678901234567", key: "K")])
        #expect(longName.buttons[0].name.utf8.count == 17)
        let error = await #expect(throws: WeChatAPIError.self) { try await api.menus.create(longName) }
        #expect(error?.description.contains("top-level button 1 \"12345678901234567\": name is 17 bytes") == true)
        #expect(error?.description.contains("at most 16") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test("each documented limit is refused before sending", arguments: [
        ("six sub-buttons", Menu(buttons: [.subMenu("m", (1...6).map { .click("s\($0)", key: "K\($0)") })]), "6 sub-buttons"),
        ("empty sub-menu", Menu(buttons: [.subMenu("m", [])]), "0 sub-buttons"),
        ("61-byte sub name", Menu(buttons: [.subMenu("m", [.click(String(repeating: "a", count: 61), key: "K")])]), "61 bytes"),
        ("129-byte key", Menu(buttons: [.click("b", key: String(repeating: "k", count: 129))]), "key is 129 bytes"),
        ("1025-byte url", Menu(buttons: [.view("b", url: "https://" + String(repeating: "u", count: 1017))]), "url is 1025 bytes"),
        ("empty key", Menu(buttons: [.click("b", key: "")]), "key is required"),
        ("mini program without page", Menu(buttons: [MenuButton(name: "b", action: .miniProgram(appID: "wx1", pagePath: "", url: "https://a.cn"))]), "pagepath is required"),
        ("media without id", Menu(buttons: [MenuButton(name: "b", action: .media(mediaID: ""))]), "media_id is required"),
        ("article without id", Menu(buttons: [MenuButton(name: "b", action: .article(articleID: ""))]), "article_id is required"),
        ("empty name", Menu(buttons: [.click("", key: "K")]), "name is empty"),
        ("nested sub-menu", Menu(buttons: [.subMenu("m", [.subMenu("n", [.click("x", key: "K")])])]), "cannot nest"),
        ("no buttons", Menu(buttons: []), "0 top-level buttons"),
    ])
    func refusesBrokenLimit(_ name: String, _ menu: Menu, _ reason: String) async throws {
        let (api, transport) = scriptedAPI()
        let error = await #expect(throws: WeChatAPIError.self) { try await api.menus.create(menu) }
        #expect(error?.description.contains(reason) == true, "\(name): \(error?.description ?? "no error")")
        #expect(transport.requests.isEmpty)
    }

    @Test("conditional menus need a valid match rule")
    func conditionalRules() async throws {
        let (api, transport) = scriptedAPI(["cgi-bin/menu/addconditional": #"{"menuid":208379533}"#])
        let buttons: [MenuButton] = [.click("b", key: "K")]
        await #expect(throws: WeChatAPIError.self) { try await api.menus.addConditional(Menu(buttons: buttons)) }
        let empty = await #expect(throws: WeChatAPIError.self) {
            try await api.menus.addConditional(Menu(buttons: buttons, matchRule: MenuMatchRule()))
        }
        #expect(empty?.description.contains("at least one field") == true)
        let cityOnly = await #expect(throws: WeChatAPIError.self) {
            try await api.menus.addConditional(Menu(buttons: buttons, matchRule: MenuMatchRule(city: "广州")))
        }
        #expect(cityOnly?.description.contains("city needs its province") == true)
        #expect(transport.requests.isEmpty)
        let id = try await api.menus.addConditional(
            Menu(buttons: buttons, matchRule: MenuMatchRule(tagID: "2", clientPlatformType: "2")))
        #expect(id == "208379533")
        #expect(transport.body(0) == #"{"button":[{"key":"K","name":"b","type":"click"}],"matchrule":{"client_platform_type":"2","tag_id":"2"}}"#)
    }

    @Test("menu/get answers with the default and conditional menus decode")
    func decodesCurrentMenus() async throws {
        let answer = #"""
            {"menu":{"button":[{"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC","sub_button":[]}],"menuid":208396938},
             "conditionalmenu":[{"button":[{"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC","sub_button":[]}],
               "matchrule":{"group_id":2,"sex":1,"country":"中国","province":"广东","city":"广州","client_platform_type":2},"menuid":208396993}]}
            """#
        let (api, _) = scriptedAPI(["cgi-bin/menu/get": answer])
        let menus = try await api.menus.current()
        #expect(menus.menu?.buttons == [.click("今日歌曲", key: "V1001_TODAY_MUSIC")])
        #expect(menus.conditionalMenus.first?.menuID == "208396993")
        #expect(menus.conditionalMenus.first?.matchRule?.sex == "1")
        #expect(menus.conditionalMenus.first?.matchRule?.city == "广州")
    }
}
