import WeChatBot
import WeChatMessages

/// The custom menu's buttons, by their keys.
struct MenuButtons: RuleGroup {
    var body: Rules {
        On(.click(key: "MENU_TODAY")) { _, _ in .news([Cafe.todaysSpecial]) }
        On(.click(key: "MENU_FEEDBACK")) { _, context in try await FeedbackDialog.start(context) }
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
