import WeChatBot

/// The custom menu and the rules that answer its buttons. Push it with `wechat-bot menu push` from the
/// bot's rules file, or from Swift with `try await api.menus.create(Bot.cafe.menu!)`.
struct MenuButtons: RuleGroup {
    var body: Rules {
        MenuBar {
            Click("今日推荐", key: "MENU_TODAY") { _, _ in .news([Cafe.todaysSpecial]) }
            SubMenu("点单") {
                MenuButton.click("拿铁", key: "DRINK_LATTE")
                MenuButton.click("美式", key: "DRINK_AMERICANO")
                // The menu card as a picture: the file is uploaded once, then its media id is reused.
                Click("菜单图", key: "MENU_PICTURE") { _, _ in .file(.image(Cafe.menuPicturePath)) }
                MenuButton.click("领 20 元券", key: "COUPON_20")
            }
            SubMenu("更多") {
                Click("反馈", key: "MENU_FEEDBACK") { _, context in try await FeedbackDialog.start(context) }
                MenuButton.view("官网", url: "https://cafe.example.com")
            }
        }
        On(.click(keyMatching: /^COUPON_(?<amount>\d+)$/)) { _, context in
            .text("\(context.captures["amount"] ?? "") 元优惠券已放入您的卡包。")
        }
        // A drink this version does not know yet falls through to the generic answer below.
        On(.click(keyPrefix: "DRINK_")) { click, _ in
            guard let drink = Cafe.drinks[click.eventKey] else { return .fallThrough }
            return .reply(.text(drink))
        }
        On(.click) { _, _ in .text("该功能即将上线，敬请期待。") }
    }
}
