import WeChatBot

extension Bot {
    /// The bot of the getting-started article: a welcome, a help text, and every other text echoed.
    static let hello = Bot {
        On(.subscribe) { _, _ in .text("欢迎关注！回复 help 查看指令。") }
        On(.text("help")) { _, _ in .text("发送任意文字，我会原样回复。") }
        On(.text) { text, _ in .text("你说：\(text.content)") }
        Otherwise { _, _ in .text("目前只认识文字消息。") }
    }
}
