import Testing
import WeChatBot
import WeChatBotTesting


@testable import CafeBot

@Suite("CafeBot")
struct CafeBotTests {
    @Test("a follow from a table's QR code seats the guest; other follows get the welcome")
    func follows() async {
        await Bot.cafe.test { client in
            #expect(await client.send(.subscribe(scene: "table-7")).text == "欢迎！您在 7 号桌，回复「菜单」开始点单。")
            #expect(await client.send(.subscribe()).text == Cafe.welcome)
            #expect(await client.send(.subscribe(scene: "poster")).text == Cafe.welcome)
            #expect(await client.send(.scan(scene: "table-12")).text == "欢迎！您在 12 号桌，回复「菜单」开始点单。")
        }
    }

    @Test("menu buttons: today's special as news, coupons by regex capture, drinks with fall-through")
    func menuButtons() async {
        await Bot.cafe.test { client in
            #expect(await client.send(.click(key: "MENU_TODAY")) == .reply(.news([Cafe.todaysSpecial])))
            #expect(await client.send(.click(key: "COUPON_20")).text == "20 元优惠券已放入您的卡包。")
            #expect(await client.send(.click(key: "DRINK_LATTE")).text == "拿铁 ¥28")
            #expect(await client.send(.click(key: "DRINK_MATCHA")).text == "该功能即将上线，敬请期待。")
            #expect(await client.send(.click(key: "SOMETHING_ELSE")).text == "该功能即将上线，敬请期待。")
        }
    }

    @Test("keywords: menu and opening hours")
    func keywords() async {
        await Bot.cafe.test { client in
            #expect(await client.send(.text("菜单")) == .reply(.news([Cafe.todaysSpecial])))
            #expect(await client.send(.text("show me the menu")) == .reply(.news([Cafe.todaysSpecial])))
            #expect(await client.send(.text("你们几点开门？")).text == Cafe.openingHours)
        }
    }

    @Test("booking reads people and time from the regex captures")
    func booking() async {
        await Bot.cafe.test { client in
            #expect(await client.send(.text("订座 2人 19:30")).text == "已为您预订 19:30 的 2 人座位，到店报微信名即可。")
            #expect(await client.send(.text("订座4人18：00")).text == "已为您预订 18:00 的 4 人座位，到店报微信名即可。")
            #expect(await client.send(.text("订座 20人 19:30")).text == "抱歉，网上最多预订 12 人的座位，更多请致电门店。")
            #expect(await client.send(.text("订座 很多人")).text == Cafe.help)
        }
    }

    @Test("the three-step feedback dialog ends with a message to the manager")
    func feedback() async {
        await Bot.cafe.test { client in
            #expect(await client.send(.text("反馈"), from: "guest").text == "请为本次体验打分（1-5），回复「取消」退出。")
            #expect(await client.send(.text("菜单"), from: "guest").text == "请回复 1 到 5 之间的数字。")
            #expect(await client.send(.text("5"), from: "guest").text == "谢谢！还有什么想对我们说的吗？")
            #expect(await client.send(.text("桂花拿铁太好喝了"), from: "guest").text == "收到，感谢您的 5 星评价！")
            #expect(client.customerService.deliveries.map(\.message) == [.text("新反馈 ★★★★★：桂花拿铁太好喝了")])
            #expect(client.customerService.deliveries.map(\.openID) == [Cafe.managerOpenID])
            #expect(
                await client.send(.text("菜单"), from: "guest") == .reply(.news([Cafe.todaysSpecial])),
                "the dialog is over")
        }
    }

    @Test("feedback can start from the menu button and be cancelled at any step")
    func feedbackCancelled() async {
        await Bot.cafe.test { client in
            #expect(await client.send(.click(key: "MENU_FEEDBACK")).text == "请为本次体验打分（1-5），回复「取消」退出。")
            #expect(await client.send(.text("3")).text == "谢谢！还有什么想对我们说的吗？")
            #expect(await client.send(.text("取消")).text == "已取消反馈。")
            #expect(await client.send(.text("取消")).text == Cafe.help)
            #expect(client.customerService.deliveries.isEmpty)
        }
    }

    @Test("an abandoned dialog expires with the session")
    func feedbackExpires() async {
        await Bot.cafe.test { client in
            _ = await client.send(.text("反馈"))
            client.advance(by: .seconds(31 * 60))
            #expect(await client.send(.text("5")).text == Cafe.help)
        }
    }

    @Test("anything else gets the help text; the rules are all reachable")
    func otherwise() async {
        await Bot.cafe.test { client in
            #expect(await client.send(.text("你好")).text == Cafe.help)
            #expect(await client.send(.image(mediaID: "m")).text == Cafe.help)
        }
        #expect(Bot.cafe.diagnostics.isEmpty)
    }
}

@Suite("CafeBot with the account API")
struct CafeBotAccountAPITests {
    @Test("a follower is greeted by nickname; a table scan adds the table")
    func greetsByNickname() async {
        let api = RecordingAPITransport(answers: [
            "cgi-bin/user/info": #"{"subscribe":1,"openid":"o_test_user","nickname":"小明"}"#
        ])
        await Bot.cafe.test(api: api) { client in
            #expect(await client.send(.subscribe()).text == "小明，" + Cafe.welcome)
            #expect(await client.send(.subscribe(scene: "table-7")).text == "小明，欢迎！您在 7 号桌，回复「菜单」开始点单。")
        }
        #expect(api.requests.map(\.path) == ["cgi-bin/user/info", "cgi-bin/user/info"])
    }

    @Test("the menu picture button answers the local file, uploaded as an image")
    func menuPicture() async {
        let api = RecordingAPITransport(answers: [
            "cgi-bin/media/upload": #"{"type":"image","media_id":"MEDIA_MENU_CARD","created_at":1700000000}"#
        ])
        await Bot.cafe.test(api: api) { client in
            #expect(await client.send(.click(key: "MENU_PICTURE")) == .reply(.image(mediaID: "MEDIA_MENU_CARD")))
        }
        #expect(api.requests.first?.body?.hasSuffix("Bots/CafeBot/menu.png") == true)
    }

    @Test("a booking is confirmed by a template message to the guest")
    func bookingTemplate() async {
        let api = RecordingAPITransport(answers: ["cgi-bin/message/template/send": #"{"errcode":0,"errmsg":"ok","msgid":1}"#])
        await Bot.cafe.test(api: api) { client in
            #expect(await client.send(.text("订座 2人 19:30"), from: "guest").text == "已为您预订 19:30 的 2 人座位，到店报微信名即可。")
        }
        let sent = api.requests.first
        #expect(api.requests.count == 1)
        #expect(sent?.path == "cgi-bin/message/template/send")
        #expect(sent?.body?.contains(#""touser":"guest""#) == true)
        #expect(sent?.body?.contains(#""keyword1":{"value":"19:30"}"#) == true)
    }

    @Test("the declared menu fits WeChat's limits and every button is answered")
    func declaredMenu() throws {
        let menu = try #require(Bot.cafe.menu)
        try menu.validate()
        #expect(menu.buttons.map(\.name) == ["今日推荐", "点单", "更多"])
        #expect(menu.keys == ["MENU_TODAY", "DRINK_LATTE", "DRINK_AMERICANO", "MENU_PICTURE", "COUPON_20", "MENU_FEEDBACK"])
        #expect(Bot.cafe.diagnostics.isEmpty)
    }
}
