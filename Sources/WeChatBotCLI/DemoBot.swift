public import WeChatBot
import WeChatMessages

extension Bot {
    /// The bot `serve` runs without rules: it answers every message in kind, like `Bots/EchoBot`, so a
    /// first `simulate` shows a real reply for each message kind.
    public static func demo(configuration: Bot.Configuration) -> Bot {
        Bot(configuration: configuration) {
            On(.text) { text, _ in .text(text.content) }
            On(.image) { image, _ in .image(mediaID: image.mediaID) }
            On(.voice) { voice, _ in .voice(mediaID: voice.mediaID) }
            On(.video) { video, _ in .video(mediaID: video.mediaID, title: "echo") }
            On(.shortVideo) { video, _ in .video(mediaID: video.mediaID, title: "echo (short video)") }
            On(.location) { location, _ in .text("You are at \(location.label)") }
            On(.link) { link, _ in .news([Article(title: link.title, description: link.description, url: link.url)]) }
            On(.subscribe) { event, _ in
                .text(event.scene.map { "Welcome! (QR scene \($0))" } ?? "Welcome! Send me anything and I echo it.")
            }
            On(.scan) { scan, _ in .text("Scanned QR scene \(scan.eventKey)") }
            On(.click) { click, _ in .text("Clicked menu \(click.eventKey)") }
            On(.locationEvent) { location, _ in .text("Location reported: \(location.latitude), \(location.longitude)") }
        }
    }
}
