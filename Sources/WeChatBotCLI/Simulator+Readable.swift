import WeChatMessages

extension Simulator.Result {
    /// What the server answered, for a person: the status, whether the reply was sealed and verified, and the
    /// reply's content.
    public var readable: String {
        guard status == 200 else { return "HTTP \(status): \(rawBody)" }
        guard let reply else {
            return rawBody.isEmpty ? "HTTP 200 · no reply (empty body)" : "HTTP 200 · no reply (\(rawBody))"
        }
        let sealing = wasEncrypted ? "encrypted reply, signature verified" : "plain reply"
        return "HTTP 200 · \(sealing)\n" + Self.describe(reply)
    }

    private static func describe(_ reply: Reply) -> String {
        switch reply {
        case .text(let content):
            return "text: " + content
        case .image(let mediaID):
            return "image: media id \(mediaID)"
        case .voice(let mediaID):
            return "voice: media id \(mediaID)"
        case .video(let mediaID, let title, _):
            return "video: media id \(mediaID)" + (title.map { " \"\($0)\"" } ?? "")
        case .music(let music):
            return "music: " + (music.title ?? music.musicURL ?? music.thumbMediaID)
        case .news(let articles):
            let lines = articles.map { "  - " + $0.title + ($0.url.map { " <\($0)>" } ?? "") }
            return (["news: \(articles.count) article\(articles.count == 1 ? "" : "s")"] + lines).joined(
                separator: "\n")
        case .transferToCustomerService(let account):
            return "transfer to customer service" + (account.map { " (\($0))" } ?? "")
        case .file(let media):
            return "local file: \(media.path)"
        }
    }
}
