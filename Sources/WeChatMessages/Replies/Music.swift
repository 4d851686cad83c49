/// A music reply or customer-service music message: a playable track with a thumbnail.
public struct Music: Sendable, Hashable, Codable {
    /// The track's title.
    public var title: String?
    /// The track's description.
    public var description: String?
    /// The track's address (`MusicUrl`).
    public var musicURL: String?
    /// The high-quality track's address, used on Wi-Fi (`HQMusicUrl`).
    public var hqMusicURL: String?
    /// The media id of the thumbnail (`ThumbMediaId`); WeChat requires it.
    public var thumbMediaID: String

    /// The customer-service API's JSON names (see `CustomerServiceMessage`).
    private enum CodingKeys: String, CodingKey {
        case title, description
        case musicURL = "musicurl"
        case hqMusicURL = "hqmusicurl"
        case thumbMediaID = "thumb_media_id"
    }

    /// Creates a music item.
    public init(
        title: String? = nil,
        description: String? = nil,
        musicURL: String? = nil,
        hqMusicURL: String? = nil,
        thumbMediaID: String
    ) {
        self.title = title
        self.description = description
        self.musicURL = musicURL
        self.hqMusicURL = hqMusicURL
        self.thumbMediaID = thumbMediaID
    }
}
