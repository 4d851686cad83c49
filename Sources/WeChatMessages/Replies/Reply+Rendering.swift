extension Reply {
    /// The most articles a news reply may carry in any situation.
    public static let maximumArticleLimit = 8

    /// Renders the reply as the XML body WeChat expects
    /// (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html), addressed back to the sender of
    /// `header` (`ToUserName` and `FromUserName` swapped).
    ///
    /// A news reply may hold 1 article when it answers a user's message and up to 8 when it answers an event;
    /// `articleLimit` overrides that within 1...8. Throws `.noArticles`, `.tooManyArticles` or
    /// `.invalidArticleLimit`.
    public func render(replyingTo header: MessageHeader, createTime: Int64, articleLimit: Int? = nil)
        throws(ReplyError) -> String
    {
        var writer = ReplyXMLWriter(capacity: 256 + contentSizeEstimate)
        writer.open("xml")
        writer.element("ToUserName", text: header.fromUserName)
        writer.element("FromUserName", text: header.toUserName)
        writer.element("CreateTime", number: createTime)
        switch self {
        case .text(let content):
            writer.element("MsgType", text: "text")
            writer.element("Content", text: content)
        case .image(let mediaID):
            writer.element("MsgType", text: "image")
            writer.open("Image")
            writer.element("MediaId", text: mediaID)
            writer.close("Image")
        case .voice(let mediaID):
            writer.element("MsgType", text: "voice")
            writer.open("Voice")
            writer.element("MediaId", text: mediaID)
            writer.close("Voice")
        case .video(let mediaID, let title, let description):
            writer.element("MsgType", text: "video")
            writer.open("Video")
            writer.element("MediaId", text: mediaID)
            writer.element("Title", optionalText: title)
            writer.element("Description", optionalText: description)
            writer.close("Video")
        case .music(let music):
            writer.element("MsgType", text: "music")
            writer.open("Music")
            writer.element("Title", optionalText: music.title)
            writer.element("Description", optionalText: music.description)
            writer.element("MusicUrl", optionalText: music.musicURL)
            writer.element("HQMusicUrl", optionalText: music.hqMusicURL)
            writer.element("ThumbMediaId", text: music.thumbMediaID)
            writer.close("Music")
        case .news(let articles):
            let limit = try Self.articleLimit(replyingTo: header, override: articleLimit)
            guard !articles.isEmpty else { throw .noArticles }
            guard articles.count <= limit else { throw .tooManyArticles(count: articles.count, limit: limit) }
            writer.element("MsgType", text: "news")
            writer.element("ArticleCount", number: Int64(articles.count))
            writer.open("Articles")
            for article in articles {
                writer.open("item")
                writer.element("Title", text: article.title)
                writer.element("Description", optionalText: article.description)
                writer.element("PicUrl", optionalText: article.picURL)
                writer.element("Url", optionalText: article.url)
                writer.close("item")
            }
            writer.close("Articles")
        case .transferToCustomerService(let kfAccount):
            writer.element("MsgType", text: "transfer_customer_service")
            if let kfAccount {
                writer.open("TransInfo")
                writer.element("KfAccount", text: kfAccount)
                writer.close("TransInfo")
            }
        case .file(let media):
            throw .unresolvedFile(media.path)
        }
        writer.close("xml")
        return writer.output
    }

    /// The article limit for a news reply to `header`: the override if valid, else 1 for a user's message and
    /// 8 for an event.
    static func articleLimit(replyingTo header: MessageHeader, override: Int?) throws(ReplyError) -> Int {
        if let override {
            guard (1...maximumArticleLimit).contains(override) else { throw .invalidArticleLimit(override) }
            return override
        }
        return header.msgType.lowercased() == "event" ? maximumArticleLimit : 1
    }

    /// Roughly how many bytes the reply's own strings take, so the output is allocated once.
    private var contentSizeEstimate: Int {
        switch self {
        case .text(let content): content.utf8.count
        case .image(let mediaID), .voice(let mediaID): mediaID.utf8.count
        case .video(let mediaID, let title, let description):
            mediaID.utf8.count + (title?.utf8.count ?? 0) + (description?.utf8.count ?? 0)
        case .music(let music):
            [music.title, music.description, music.musicURL, music.hqMusicURL, music.thumbMediaID]
                .reduce(0) { $0 + ($1?.utf8.count ?? 0) }
        case .news(let articles):
            articles.reduce(0) { total, article in
                total + 128 + article.title.utf8.count + (article.description?.utf8.count ?? 0)
                    + (article.picURL?.utf8.count ?? 0) + (article.url?.utf8.count ?? 0)
            }
        case .transferToCustomerService(let kfAccount): kfAccount?.utf8.count ?? 0
        case .file(let media): media.path.utf8.count
        }
    }
}
