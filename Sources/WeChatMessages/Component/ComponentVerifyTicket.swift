/// The `component_verify_ticket` WeChat pushes to a third-party platform every 10 minutes (valid 12 hours).
public struct ComponentVerifyTicket: Sendable, Hashable {
    /// The third-party platform's appid (`AppId`).
    public var componentAppID: String
    /// When WeChat sent the notice (`CreateTime`, Unix seconds); `nil` when it was left out.
    public var createTime: Int64?
    /// The ticket (`ComponentVerifyTicket`); a secret: never log it.
    public var ticket: String
    /// The raw `InfoType` value exactly as sent.
    public var infoType: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        componentAppID: String,
        createTime: Int64?,
        ticket: String,
        infoType: String = "component_verify_ticket"
    ) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.ticket = ticket
        self.infoType = infoType
    }

    /// Reads the notice's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, componentAppID: String, createTime: Int64?, infoType: String) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.infoType = infoType
        self.ticket = tree["ComponentVerifyTicket"] ?? ""
    }
}
