import WeChatBot
import WeChatMessages

extension Bot {
    /// Echoes every message back in kind: the smallest complete WeChatBotKit bot.
    static let echo = Bot {
        On(.text) { text, _ in .text(text.content) }
        On(.image) { image, _ in .image(mediaID: image.mediaID) }
        On(.voice) { voice, _ in .voice(mediaID: voice.mediaID) }
        On(.video) { video, _ in .video(mediaID: video.mediaID) }
        On(.shortVideo) { video, _ in .video(mediaID: video.mediaID) }
        On(.location) { location, _ in .text(location.label) }
        On(.link) { link, _ in .news([Article(title: link.title, description: link.description, url: link.url)]) }
        On(.subscribe) { _, _ in .text("welcome") }
        On(.click) { click, _ in .text("click:" + click.eventKey) }
        On(.scan) { scan, _ in .text("scan:" + scan.eventKey) }
    }
}
