/// A refreshed authorizer access token (`api_authorizer_token`).
public struct AuthorizerTokenGrant: Sendable, Hashable, Decodable {
    /// The new access token. A secret.
    public var authorizerAccessToken: String
    /// Seconds until it expires (7200).
    public var expiresIn: Int64
    /// The refresh token to store from now on (may equal the old one). A secret.
    public var authorizerRefreshToken: String?

    enum CodingKeys: String, CodingKey {
        case authorizerAccessToken = "authorizer_access_token"
        case expiresIn = "expires_in"
        case authorizerRefreshToken = "authorizer_refresh_token"
    }
}
