/// An account withdrew its authorization (`unauthorized`); its tokens are now void.
public struct UnauthorizationNotice: Sendable, Hashable {
    /// The third-party platform's appid (`AppId`).
    public var componentAppID: String
    /// When WeChat sent the notice (`CreateTime`, Unix seconds); `nil` when it was left out.
    public var createTime: Int64?
    /// The account that withdrew (`AuthorizerAppid`).
    public var authorizerAppID: String
    /// The raw `InfoType` value exactly as sent.
    public var infoType: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        componentAppID: String,
        createTime: Int64?,
        authorizerAppID: String,
        infoType: String = "unauthorized"
    ) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.authorizerAppID = authorizerAppID
        self.infoType = infoType
    }

    /// Reads the notice's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, componentAppID: String, createTime: Int64?, infoType: String) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.infoType = infoType
        self.authorizerAppID = tree["AuthorizerAppid"] ?? ""
    }
}
