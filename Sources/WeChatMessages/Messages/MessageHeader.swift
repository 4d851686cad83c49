/// The four fields every message and event starts with (see <doc:MessageCatalogue>).
public struct MessageHeader: Sendable, Hashable, Codable {
    /// The receiving account's original id (`ToUserName`, `gh_…`).
    public var toUserName: String
    /// The sender's openid (`FromUserName`).
    public var fromUserName: String
    /// When WeChat created the message (`CreateTime`, Unix seconds).
    public var createTime: Int64
    /// The raw `MsgType` exactly as sent, e.g. `text` or `event`.
    public var msgType: String

    /// Creates a header from its parts.
    public init(toUserName: String, fromUserName: String, createTime: Int64, msgType: String) {
        self.toUserName = toUserName
        self.fromUserName = fromUserName
        self.createTime = createTime
        self.msgType = msgType
    }
}
