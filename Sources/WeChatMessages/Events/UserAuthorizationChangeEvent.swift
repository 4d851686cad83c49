/// A user changed or withdrew the information they authorised (`user_info_modified`,
/// `user_authorization_revoke`, `user_authorization_cancellation`).
public struct UserAuthorizationChangeEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The user's openid (`OpenID`).
    public var openID: String
    /// The account or mini program concerned (`AppID`).
    public var appID: String
    /// Which authorisation changed (`RevokeInfo`, a code).
    public var revokeInfo: String
    /// The user's unionid (`UnionID`), when bound.
    public var unionID: String?
    /// The mini-program plug-in concerned (`PluginID`), when any.
    public var pluginID: String?
    /// The user's plug-in openid (`OpenPID`), when any.
    public var openPID: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        openID: String,
        appID: String,
        revokeInfo: String,
        unionID: String? = nil,
        pluginID: String? = nil,
        openPID: String? = nil,
        event: String
    ) {
        self.header = header
        self.openID = openID
        self.appID = appID
        self.revokeInfo = revokeInfo
        self.unionID = unionID
        self.pluginID = pluginID
        self.openPID = openPID
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.openID = tree["OpenID"] ?? ""
        self.appID = tree["AppID"] ?? ""
        self.revokeInfo = tree["RevokeInfo"] ?? ""
        self.unionID = tree["UnionID"]
        self.pluginID = tree["PluginID"]
        self.openPID = tree["OpenPID"]
    }
}
