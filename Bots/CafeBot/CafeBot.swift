import WeChatBot

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension Bot {
    /// 街角咖啡 (Corner Café): the Official Account of a small café, written as a WeChatBotKit user would.
    ///
    /// Guests follow by scanning the QR code on their table (`wechat-bot qrcode create --scene table-7
    /// --permanent`) and are greeted by nickname, tap the menu declared beside its handlers, book a table in
    /// plain words (confirmed by a template message) and leave feedback in a three-step dialog. Rules are
    /// tried top to bottom; the first that handles a message answers it.
    static let cafe = Bot {
        // Follows and scans: a table's QR code (scene "table-7") seats the guest.
        On(.subscribe) { Greeting() }
        On(.scan) { event, _ in .text(Cafe.seated(atTableScene: event.eventKey)) }

        // The dialog goes first, so that answers inside it are not taken for keywords.
        FeedbackDialog()
        MenuButtons()

        // Keywords.
        On(.text("菜单") || .text(contains: "menu")) { _, _ in .news([Cafe.todaysSpecial]) }
        On(.text(contains: "营业") || .text(contains: "几点")) { _, _ in .text(Cafe.openingHours) }
        On(.text(matching: /^订座\s*(?<people>\d{1,2})\s*人\s*(?<time>\d{1,2}[:：]\d{2})$/)) { Booking() }

        Otherwise { _, _ in .text(Cafe.help) }
    }
}

/// What the café says, in one place.
enum Cafe {
    static let welcome = "欢迎来到街角咖啡！回复「菜单」看今日推荐，「订座 2人 19:30」预订座位，「反馈」给我们留言。"
    static let help = "回复「菜单」看今日推荐，「订座 2人 19:30」预订座位，「反馈」给我们留言。"
    static let openingHours = "每天 8:00–22:00 营业，周末延长到 23:00。"

    /// Who reads the guests' feedback (a customer-service message goes to this openid).
    static let managerOpenID = "o_cafe_manager"

    static let todaysSpecial = Article(
        title: "今日推荐：桂花拿铁",
        description: "秋天限定，第二杯半价。",
        picURL: "https://cafe.example.com/img/osmanthus-latte.jpg",
        url: "https://cafe.example.com/menu/today"
    )

    static let drinks = ["DRINK_LATTE": "拿铁 ¥28", "DRINK_AMERICANO": "美式 ¥22", "DRINK_MOCHA": "摩卡 ¥30"]

    /// The template message a booking is confirmed with (added in the console as 「预订成功通知」).
    static let bookingTemplateID = "TM_BOOKING_CONFIRMED"

    /// The menu card picture: `CAFE_MENU_PICTURE` when set, else `menu.png` beside this source file.
    static let menuPicturePath: String =
        ProcessInfo.processInfo.environment["CAFE_MENU_PICTURE"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("menu.png").path

    /// The greeting for a guest who scanned a table's QR code (`table-<n>`), or the welcome otherwise.
    static func seated(atTableScene scene: String?) -> String {
        guard let scene, scene.hasPrefix("table-") else { return welcome }
        return "欢迎！您在 \(scene.dropFirst("table-".count)) 号桌，回复「菜单」开始点单。"
    }
}
