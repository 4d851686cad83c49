/// A user's profile from `sns/userinfo` (scope `snsapi_userinfo`).
public struct OAuthUserInfo: Sendable, Hashable, Decodable {
    /// The openid.
    public var openID: String
    /// The nickname.
    public var nickname: String?
    /// 1 male, 2 female, 0 unknown.
    public var sex: Int?
    /// Province.
    public var province: String?
    /// City.
    public var city: String?
    /// Country.
    public var country: String?
    /// Avatar URL.
    public var headImageURL: String?
    /// Privileges (e.g. `chinaunicom`).
    public var privilege: [String]?
    /// The unionid, when bound to an open account.
    public var unionID: String?

    enum CodingKeys: String, CodingKey {
        case openID = "openid"
        case nickname
        case sex
        case province
        case city
        case country
        case headImageURL = "headimgurl"
        case privilege
        case unionID = "unionid"
    }
}
