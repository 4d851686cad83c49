import WeChatBot

// This file imports WeChatBot alone, as the README's handler does: messages, events, replies, the account
// API and the logger must all come with it (it only compiles if they do).

/// A handler type as the README writes one.
struct ForecastHandler: TextHandler {
    func handle(_ text: TextMessage, context: BotContext) async throws -> Reply? {
        context.logger.debug("weather asked", metadata: ["user": "\(text.header.fromUserName)"])
        return .text("晴 " + (context.captures[1] ?? ""))
    }
}

/// Greets a follower by nickname through `context.api`.
struct NicknameGreeting: SubscribeHandler {
    func handle(_ event: SubscribeEvent, context: BotContext) async throws -> Reply? {
        let user: UserInfo = try await context.api.users.info(openID: event.header.fromUserName)
        return .text("欢迎，\(user.nickname ?? "朋友")！")
    }
}

/// A bot with a menu declared beside its handlers and a reply from a local file.
func oneImportBot(menuPicture: String) -> Bot {
    Bot {
        MenuBar {
            Click("今日推荐", key: "TODAY") { _, _ in .text("拿铁") }
            SubMenu("更多") {
                Click("菜单图", key: "PICTURE") { _, _ in .file(.image(menuPicture)) }
                MenuButton.view("官网", url: "https://example.com")
            }
        }
        On(.subscribe) { NicknameGreeting() }
        On(.text(matching: /^天气\s*(.+)$/)) { ForecastHandler() }
        Otherwise { _, _ in .text("没听懂") }
    }
}
