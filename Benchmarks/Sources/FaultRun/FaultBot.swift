import WeChatBot
import WeChatMessages

extension Bot {
    /// The bot under load: `slow:<id>` sleeps `pause` (past the reply deadline) and answers `late:<id>`,
    /// which must go out through customer service exactly once; any other text is echoed.
    static func faultRun(configuration: Bot.Configuration, pause: Duration) -> Bot {
        Bot(configuration: configuration) {
            On(.text(prefix: FaultBotText.slowPrefix)) { (text: TextMessage, _: BotContext) async throws -> Reply? in
                try await Task.sleep(for: pause)
                return .text(FaultBotText.lateReply(to: text.content))
            }
            On(.text) { (text: TextMessage, _: BotContext) async throws -> Reply? in .text(text.content) }
        }
    }
}

/// The texts the fault bot reads and writes.
enum FaultBotText {
    static let slowPrefix = "slow:"

    /// `late:<id>` for `slow:<id>`.
    static func lateReply(to content: String) -> String {
        "late:" + content.dropFirst(slowPrefix.count)
    }
}
