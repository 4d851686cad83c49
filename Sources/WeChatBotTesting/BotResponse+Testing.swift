public import WeChatBot
import WeChatMessages

extension BotResponse {
    /// The content of a text reply, or `nil` for any other response: keeps assertions short.
    public var text: String? {
        if case .reply(.text(let content)) = self { content } else { nil }
    }
}
