/// A temporary media file WeChat keeps for three days (the answer of `cgi-bin/media/upload`).
public struct UploadedMedia: Sendable, Hashable, Codable {
    /// What kind of media it is.
    public var type: MediaType
    /// The id replies and messages name it by.
    public var mediaID: String
    /// When it was uploaded, Unix seconds.
    public var createdAt: Int64

    /// A record of an upload.
    public init(type: MediaType, mediaID: String, createdAt: Int64) {
        self.type = type
        self.mediaID = mediaID
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case type
        case mediaID = "media_id"
        case thumbMediaID = "thumb_media_id"
        case createdAt = "created_at"
    }

    /// Reads the answer: a thumb's id comes as `thumb_media_id`, `created_at` as a number or string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(MediaType.self, forKey: .type)
        if let id = try container.decodeIfPresent(String.self, forKey: .mediaID) {
            mediaID = id
        } else {
            mediaID = try container.decode(String.self, forKey: .thumbMediaID)
        }
        if let seconds = try? container.decode(Int64.self, forKey: .createdAt) {
            createdAt = seconds
        } else {
            createdAt = Int64(try container.decode(String.self, forKey: .createdAt)) ?? 0
        }
    }

    /// Writes the record with WeChat's field names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(mediaID, forKey: .mediaID)
        try container.encode(createdAt, forKey: .createdAt)
    }
}
