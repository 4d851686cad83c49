/// A message sent later through the customer-service API (<doc:MessageCatalogue>), e.g. when a handler missed the
/// 5-second reply deadline.
public enum CustomerServiceMessage: Sendable, Hashable, Codable {
    /// Text (`text`); may contain `<a href>` links and newlines.
    case text(String)
    /// A picture (`image`).
    case image(mediaID: String)
    /// A voice clip (`voice`).
    case voice(mediaID: String)
    /// A video (`video`) with optional thumbnail, title and description.
    case video(mediaID: String, thumbMediaID: String? = nil, title: String? = nil, description: String? = nil)
    /// A music track (`music`).
    case music(Music)
    /// External articles (`news`).
    case news([Article])
    /// An uploaded rich-media news item (`mpnews`).
    case mpNews(mediaID: String)
    /// A published article (`mpnewsarticle`).
    case mpNewsArticle(articleID: String)
    /// A menu of tappable answers (`msgmenu`).
    case menu(MessageMenu)
    /// A card or coupon (`wxcard`).
    case card(cardID: String)
    /// A mini-program page card (`miniprogrampage`).
    case miniProgramPage(title: String, appID: String, pagePath: String, thumbMediaID: String)
    /// A link card (`link`, mini-program customer service only).
    case link(title: String, description: String, url: String, thumbURL: String)

    /// The customer-service message that delivers the same content as a passive reply;
    /// `nil` for a transfer to customer service, which has no API counterpart, and for a local file not yet
    /// uploaded.
    public init?(reply: Reply) {
        switch reply {
        case .text(let content): self = .text(content)
        case .image(let mediaID): self = .image(mediaID: mediaID)
        case .voice(let mediaID): self = .voice(mediaID: mediaID)
        case .video(let mediaID, let title, let description):
            self = .video(mediaID: mediaID, title: title, description: description)
        case .music(let music): self = .music(music)
        case .news(let articles): self = .news(articles)
        case .transferToCustomerService, .file: return nil
        }
    }
}
