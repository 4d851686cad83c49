/// One page of a platform's authorizers (`api_get_authorizer_list`).
public struct AuthorizerList: Sendable, Hashable, Decodable {
    /// One authorizer.
    public struct Entry: Sendable, Hashable, Decodable {
        /// Its appid.
        public var authorizerAppID: String
        /// Its refresh token (reported missing for some accounts). A secret.
        public var refreshToken: String?
        /// When it authorized, Unix seconds.
        public var authTime: Int64?

        enum CodingKeys: String, CodingKey {
            case authorizerAppID = "authorizer_appid"
            case refreshToken = "refresh_token"
            case authTime = "auth_time"
        }
    }

    /// How many authorizers there are in all.
    public var totalCount: Int
    /// This page.
    public var list: [Entry]

    enum CodingKeys: String, CodingKey {
        case totalCount = "total_count"
        case list
    }

    /// Decodes the page; a missing `list` is an empty page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        totalCount = try container.decode(Int.self, forKey: .totalCount)
        list = try container.decodeIfPresent([Entry].self, forKey: .list) ?? []
    }
}
