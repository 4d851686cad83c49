/// Encodes and decodes the customer-service API's JSON shape (see <doc:MessageCatalogue>):
/// `{"msgtype": T, T: {…}}`. An API client adds `touser` (and `customservice`) beside these keys.
extension CustomerServiceMessage {
    private enum MessageKeys: String, CodingKey {
        case msgType = "msgtype"
        case text, image, voice, video, music, news, mpnews, mpnewsarticle, msgmenu, wxcard, miniprogrampage, link
    }

    private enum FieldKeys: String, CodingKey {
        case content, title, description, url, articles, appid, pagepath
        case mediaID = "media_id"
        case thumbMediaID = "thumb_media_id"
        case articleID = "article_id"
        case cardID = "card_id"
        case thumbURL = "thumb_url"
    }

    /// The `msgtype` value of this message.
    public var msgType: String {
        key.rawValue
    }

    private var key: MessageKeys {
        switch self {
        case .text: .text
        case .image: .image
        case .voice: .voice
        case .video: .video
        case .music: .music
        case .news: .news
        case .mpNews: .mpnews
        case .mpNewsArticle: .mpnewsarticle
        case .menu: .msgmenu
        case .card: .wxcard
        case .miniProgramPage: .miniprogrampage
        case .link: .link
        }
    }

    /// Writes `msgtype` and the message object under its type's key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MessageKeys.self)
        try container.encode(key.rawValue, forKey: .msgType)
        switch self {
        case .music(let music):
            try container.encode(music, forKey: .music)
        case .menu(let menu):
            try container.encode(menu, forKey: .msgmenu)
        default:
            var fields = container.nestedContainer(keyedBy: FieldKeys.self, forKey: key)
            try encodeFields(into: &fields)
        }
    }

    private func encodeFields(into fields: inout KeyedEncodingContainer<FieldKeys>) throws {
        switch self {
        case .text(let content):
            try fields.encode(content, forKey: .content)
        case .image(let mediaID), .voice(let mediaID), .mpNews(let mediaID):
            try fields.encode(mediaID, forKey: .mediaID)
        case .video(let mediaID, let thumbMediaID, let title, let description):
            try fields.encode(mediaID, forKey: .mediaID)
            try fields.encodeIfPresent(thumbMediaID, forKey: .thumbMediaID)
            try fields.encodeIfPresent(title, forKey: .title)
            try fields.encodeIfPresent(description, forKey: .description)
        case .news(let articles):
            try fields.encode(articles, forKey: .articles)
        case .mpNewsArticle(let articleID):
            try fields.encode(articleID, forKey: .articleID)
        case .card(let cardID):
            try fields.encode(cardID, forKey: .cardID)
        case .miniProgramPage(let title, let appID, let pagePath, let thumbMediaID):
            try fields.encode(title, forKey: .title)
            try fields.encode(appID, forKey: .appid)
            try fields.encode(pagePath, forKey: .pagepath)
            try fields.encode(thumbMediaID, forKey: .thumbMediaID)
        case .link(let title, let description, let url, let thumbURL):
            try fields.encode(title, forKey: .title)
            try fields.encode(description, forKey: .description)
            try fields.encode(url, forKey: .url)
            try fields.encode(thumbURL, forKey: .thumbURL)
        case .music, .menu:
            break
        }
    }

    /// Reads `msgtype` and the message object under its type's key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MessageKeys.self)
        let type = try container.decode(String.self, forKey: .msgType)
        guard let key = MessageKeys(stringValue: type), key != .msgType else {
            throw DecodingError.dataCorruptedError(
                forKey: .msgType,
                in: container,
                debugDescription: "unknown customer-service msgtype"
            )
        }
        if key == .music {
            self = .music(try container.decode(Music.self, forKey: .music))
        } else if key == .msgmenu {
            self = .menu(try container.decode(MessageMenu.self, forKey: .msgmenu))
        } else {
            try self.init(key: key, fields: try container.nestedContainer(keyedBy: FieldKeys.self, forKey: key))
        }
    }

    /// Reads a message whose object is a flat set of fields.
    private init(key: MessageKeys, fields: KeyedDecodingContainer<FieldKeys>) throws {
        switch key {
        case .text: self = .text(try fields.decode(String.self, forKey: .content))
        case .image: self = .image(mediaID: try fields.decode(String.self, forKey: .mediaID))
        case .voice: self = .voice(mediaID: try fields.decode(String.self, forKey: .mediaID))
        case .mpnews: self = .mpNews(mediaID: try fields.decode(String.self, forKey: .mediaID))
        case .video:
            self = .video(
                mediaID: try fields.decode(String.self, forKey: .mediaID),
                thumbMediaID: try fields.decodeIfPresent(String.self, forKey: .thumbMediaID),
                title: try fields.decodeIfPresent(String.self, forKey: .title),
                description: try fields.decodeIfPresent(String.self, forKey: .description)
            )
        case .news: self = .news(try fields.decode([Article].self, forKey: .articles))
        case .mpnewsarticle: self = .mpNewsArticle(articleID: try fields.decode(String.self, forKey: .articleID))
        case .wxcard: self = .card(cardID: try fields.decode(String.self, forKey: .cardID))
        case .miniprogrampage:
            self = .miniProgramPage(
                title: try fields.decode(String.self, forKey: .title),
                appID: try fields.decode(String.self, forKey: .appid),
                pagePath: try fields.decode(String.self, forKey: .pagepath),
                thumbMediaID: try fields.decode(String.self, forKey: .thumbMediaID)
            )
        case .link:
            self = .link(
                title: try fields.decode(String.self, forKey: .title),
                description: try fields.decode(String.self, forKey: .description),
                url: try fields.decode(String.self, forKey: .url),
                thumbURL: try fields.decode(String.self, forKey: .thumbURL)
            )
        case .msgType, .music, .msgmenu:
            throw DecodingError.dataCorrupted(
                .init(codingPath: fields.codingPath, debugDescription: "not a flat customer-service message")
            )
        }
    }
}
