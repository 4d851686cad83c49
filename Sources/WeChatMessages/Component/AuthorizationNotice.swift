/// An account authorised the platform or changed its permissions (`authorized`, `updateauthorized`).
public struct AuthorizationNotice: Sendable, Hashable {
    /// The third-party platform's appid (`AppId`).
    public var componentAppID: String
    /// When WeChat sent the notice (`CreateTime`, Unix seconds); `nil` when it was left out.
    public var createTime: Int64?
    /// The authorizing account (`AuthorizerAppid`).
    public var authorizerAppID: String
    /// The code to exchange via `api_query_auth` (`AuthorizationCode`); a secret.
    public var authorizationCode: String
    /// When the code expires (`AuthorizationCodeExpiredTime`, observed as Unix seconds).
    public var authorizationCodeExpiredTime: Int64?
    /// The pre-authorization code the flow started with (`PreAuthCode`).
    public var preAuthCode: String?
    /// The raw `InfoType` value exactly as sent.
    public var infoType: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        componentAppID: String,
        createTime: Int64?,
        authorizerAppID: String,
        authorizationCode: String,
        authorizationCodeExpiredTime: Int64? = nil,
        preAuthCode: String? = nil,
        infoType: String
    ) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.authorizerAppID = authorizerAppID
        self.authorizationCode = authorizationCode
        self.authorizationCodeExpiredTime = authorizationCodeExpiredTime
        self.preAuthCode = preAuthCode
        self.infoType = infoType
    }

    /// Reads the notice's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, componentAppID: String, createTime: Int64?, infoType: String) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.infoType = infoType
        self.authorizerAppID = tree["AuthorizerAppid"] ?? ""
        self.authorizationCode = tree["AuthorizationCode"] ?? ""
        self.authorizationCodeExpiredTime = tree.int64("AuthorizationCodeExpiredTime")
        self.preAuthCode = tree["PreAuthCode"]
    }
}
