import ArgumentParser
import WeChatBotCLI

/// The `wechat-bot` executable; all logic lives in `WeChatBotCLI`.
@main
enum WeChatBotMain {
    static func main() async {
        await WeChatBotCommand.main()
    }
}
