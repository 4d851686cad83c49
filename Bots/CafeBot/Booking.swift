import WeChatBot
import WeChatMessages

/// Books a table from a text like 「订座 2人 19:30」; the rule's regex captures `people` and `time`.
struct Booking: TextHandler {
    func handle(_ text: TextMessage, context: BotContext) async throws -> Reply? {
        guard let people = context.captures["people"].flatMap({ Int($0) }), let time = context.captures["time"] else {
            return nil
        }
        guard (1...12).contains(people) else {
            return .text("抱歉，网上最多预订 12 人的座位，更多请致电门店。")
        }
        return .text("已为您预订 \(time.replacingColon()) 的 \(people) 人座位，到店报微信名即可。")
    }
}

extension String {
    /// The time with a full-width colon (as Chinese keyboards type it) made ASCII.
    fileprivate func replacingColon() -> String {
        String(map { $0 == "：" ? ":" : $0 })
    }
}
