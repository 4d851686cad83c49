/// A follower's record from `cgi-bin/user/info`
/// (https://developers.weixin.qq.com/doc/offiaccount/User_Management/Get_users_basic_information_UnionID.html).
public struct UserInfo: Sendable, Hashable, Codable {
    /// 1 following, 0 not (then almost nothing else is returned).
    public var subscribe: Int
    /// The openid.
    public var openID: String?
    /// The nickname, when WeChat still returns it (it stopped for most accounts on 2021-12-27).
    public var nickname: String?
    /// The avatar URL, when WeChat still returns it.
    public var headImageURL: String?
    /// The client language, e.g. `zh_CN`.
    public var language: String?
    /// When the user last followed, Unix seconds.
    public var subscribeTime: Int64?
    /// The unionid, when bound to an open account.
    public var unionID: String?
    /// The account's remark for the user.
    public var remark: String?
    /// The (legacy) group id.
    public var groupID: Int?
    /// Tag ids.
    public var tagIDs: [Int]?
    /// How the user followed, e.g. `ADD_SCENE_QR_CODE`.
    public var subscribeScene: String?
    /// The numeric QR scene.
    public var qrScene: Int64?
    /// The string QR scene.
    public var qrSceneString: String?

    /// `true` when the user follows the account.
    public var isSubscribed: Bool { subscribe == 1 }

    enum CodingKeys: String, CodingKey {
        case subscribe
        case openID = "openid"
        case nickname
        case headImageURL = "headimgurl"
        case language
        case subscribeTime = "subscribe_time"
        case unionID = "unionid"
        case remark
        case groupID = "groupid"
        case tagIDs = "tagid_list"
        case subscribeScene = "subscribe_scene"
        case qrScene = "qr_scene"
        case qrSceneString = "qr_scene_str"
    }
}
