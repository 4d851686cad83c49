/// An `access_token` WeChat issued (`cgi-bin/token`, `cgi-bin/stable_token`).
public struct AccessTokenGrant: Sendable, Hashable, Decodable {
    /// The token. A secret: never log it.
    public var accessToken: String
    /// Seconds until it expires (7200).
    public var expiresIn: Int64

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case expiresIn = "expires_in"
    }
}
