/// A one-time `pre_auth_code` for an authorization link (`api_create_preauthcode`).
public struct PreAuthCode: Sendable, Hashable, Decodable {
    /// The code to put into the authorization link.
    public var code: String
    /// Seconds until it expires (600 or more).
    public var expiresIn: Int64

    enum CodingKeys: String, CodingKey {
        case code = "pre_auth_code"
        case expiresIn = "expires_in"
    }
}
