/// A `component_access_token` issued by `api_component_token`.
public struct ComponentAccessTokenGrant: Sendable, Hashable, Decodable {
    /// The token. A secret: never log it.
    public var componentAccessToken: String
    /// Seconds until it expires (7200).
    public var expiresIn: Int64

    enum CodingKeys: String, CodingKey {
        case componentAccessToken = "component_access_token"
        case expiresIn = "expires_in"
    }
}
