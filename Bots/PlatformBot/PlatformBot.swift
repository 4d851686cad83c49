import WeChatBot
import WeChatMessages

extension Bot {
    /// wechat-open-toolkit's message example: every authorizer's users get their message back in kind
    /// (text, image, voice, video; a location's label; a link as a news card). The release test (全网发布)
    /// and de-duplication are built into every bot.
    static func platform(configuration: Bot.Configuration) -> Bot {
        Bot(configuration: configuration) {
            On(.text) { text, _ in .text(text.content) }
            On(.image) { image, _ in .image(mediaID: image.mediaID) }
            On(.voice) { voice, _ in .voice(mediaID: voice.mediaID) }
            On(.video) { video, _ in .video(mediaID: video.mediaID) }
            On(.location) { location, _ in .text(location.label) }
            On(.link) { link, _ in .news([Article(title: link.title, description: link.description, url: link.url)]) }
        }
    }
}
