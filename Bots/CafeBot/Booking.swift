import WeChatBot

/// Books a table from a text like 「订座 2人 19:30」; the rule's regex captures `people` and `time`. The
/// guest also gets a template message to keep (sent through the account API; a failure is logged and the
/// booking still stands).
struct Booking: TextHandler {
    func handle(_ text: TextMessage, context: BotContext) async throws -> Reply? {
        guard let people = context.captures["people"].flatMap({ Int($0) }), let typed = context.captures["time"] else {
            return nil
        }
        guard (1...12).contains(people) else {
            return .text("抱歉，网上最多预订 12 人的座位，更多请致电门店。")
        }
        let time = typed.replacingColon()
        let confirmation = TemplateMessage(
            to: text.header.fromUserName, templateID: Cafe.bookingTemplateID,
            data: [
                "first": .init("座位预订成功", color: "#6F4E37"), "keyword1": .init(time), "keyword2": .init("\(people) 人"),
                "remark": .init("到店报微信名即可。"),
            ],
            url: "https://cafe.example.com/bookings")
        do {
            try await context.api.templates.send(confirmation)
        } catch {
            context.logger.warning("booking confirmation not sent", metadata: ["error": "\(error)"])
        }
        return .text("已为您预订 \(time) 的 \(people) 人座位，到店报微信名即可。")
    }
}

extension String {
    /// The time with a full-width colon (as Chinese keyboards type it) made ASCII.
    fileprivate func replacingColon() -> String {
        String(map { $0 == "：" ? ":" : $0 })
    }
}
