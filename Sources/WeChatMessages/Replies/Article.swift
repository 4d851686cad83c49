/// One article of a news reply or customer-service news message.
public struct Article: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String
    /// The summary under the headline.
    public var description: String?
    /// The cover picture's address.
    public var picURL: String?
    /// The address the article opens.
    public var url: String?

    /// The customer-service API's JSON names (see `CustomerServiceMessage`).
    private enum CodingKeys: String, CodingKey {
        case title, description, url
        case picURL = "picurl"
    }

    /// Creates an article.
    public init(title: String, description: String? = nil, picURL: String? = nil, url: String? = nil) {
        self.title = title
        self.description = description
        self.picURL = picURL
        self.url = url
    }
}
