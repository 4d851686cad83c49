public import WeChatBot
import WeChatMessages

/// A bot with 50 rules of every common shape, ordered so the benchmark's weather query is routed past most of
/// them: 39 exact keywords, 4 prefixes, 2 fragments, 2 menu clicks, a subscribe welcome, the weather regex and
/// a catch-all.
public enum FiftyRuleBot {
    /// The bot, with de-duplication on or off (the release-test responder stays on, as by default).
    public static func make(deduplication: Bool) -> Bot {
        let configuration = Bot.Configuration(
            deduplication: Bot.Configuration.Deduplication(isEnabled: deduplication)
        )
        return Bot(configuration: configuration) {
            for index in 0..<39 {
                On(.text("keyword\(index)")) { _, _ in .text("answer \(index)") }
            }
            On(.text(prefix: "#")) { _, _ in .text("tag") }
            On(.text(prefix: "查询")) { _, _ in .text("query") }
            On(.text(prefix: "help")) { _, _ in .text("help") }
            On(.text(prefix: "菜单")) { _, _ in .text("menu") }
            On(.text(contains: "客服")) { _, _ in .transferToCustomerService() }
            On(.text(contains: "优惠券")) { _, _ in .text("coupon") }
            On(.click(key: "TODAY_MUSIC")) { _, _ in .text("music") }
            On(.click(key: "TODAY_NEWS")) { _, _ in .text("news") }
            On(.subscribe) { _, _ in .text("欢迎关注！回复 help 查看指令。") }
            On(.text(matching: /^天气\s*(\S+)/)) { _, context in
                .text("\(context.captures[1] ?? "")：晴，最高 25°C，最低 17°C，不用带伞。")
            }
            Otherwise { _, _ in .text("没听懂，回复 help") }
        }
    }
}
