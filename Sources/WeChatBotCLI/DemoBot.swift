public import WeChatBot
import WeChatMessages

extension Bot {
    /// The bot `serve` runs without rules: EchoBot's behaviour (`Bots/EchoBot`), answering every message in
    /// kind, so a first `simulate` shows a real reply for each message kind. A library cannot import an
    /// executable target, so the rules are restated here; `DemoBotTests` holds the two to the same answers.
    public static func demo(configuration: Bot.Configuration) -> Bot {
        Bot(configuration: configuration) {
            On(.text) { text, _ in .text(text.content) }
            On(.image) { image, _ in .image(mediaID: image.mediaID) }
            On(.voice) { voice, _ in .voice(mediaID: voice.mediaID) }
            On(.video || .shortVideo) { video, _ in .video(mediaID: video.mediaID) }
            On(.location) { location, _ in .text(location.label) }
            On(.link) { link, _ in .news([Article(title: link.title, description: link.description, url: link.url)]) }
            On(.subscribe) { _, _ in .text("welcome") }
            On(.click) { click, _ in .text("click:" + click.eventKey) }
            On(.scan) { scan, _ in .text("scan:" + scan.eventKey) }
        }
    }
}
