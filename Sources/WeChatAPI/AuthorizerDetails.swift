/// The answer of `api_get_authorizer_info`: who the account is and what it granted.
public struct AuthorizerDetails: Sendable, Hashable, Decodable {
    /// The account's profile.
    public var authorizerInfo: AuthorizerInfo
    /// The grant (appid, refresh token, permission sets).
    public var authorizationInfo: AuthorizationInfo

    enum CodingKeys: String, CodingKey {
        case authorizerInfo = "authorizer_info"
        case authorizationInfo = "authorization_info"
    }
}
