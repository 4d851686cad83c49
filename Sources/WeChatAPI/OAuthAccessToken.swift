/// A web OAuth token for one user (`sns/oauth2/component/access_token` and `…/refresh_token`).
public struct OAuthAccessToken: Sendable, Hashable, Decodable {
    /// The user's access token. A secret.
    public var accessToken: String
    /// Seconds until it expires (7200).
    public var expiresIn: Int64
    /// The refresh token (30 days). A secret.
    public var refreshToken: String
    /// The user's openid for the authorizer.
    public var openID: String
    /// The granted scope (`snsapi_base` or `snsapi_userinfo`).
    public var scope: String
    /// The unionid, when the authorizer is bound to an open account.
    public var unionID: String?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case expiresIn = "expires_in"
        case refreshToken = "refresh_token"
        case openID = "openid"
        case scope
        case unionID = "unionid"
    }
}
