/// An authorizer's mini-program release failed review (`weapp_audit_fail`).
public struct WeappAuditFailureEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// When it failed (`FailTime`, Unix seconds).
    public var failTime: Int64
    /// The reviewer's reason (`Reason`).
    public var reason: String
    /// Media ids of the reviewer's screenshots, `|`-separated (`ScreenShot`).
    public var screenshot: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        failTime: Int64,
        reason: String,
        screenshot: String? = nil,
        event: String = "weapp_audit_fail"
    ) {
        self.header = header
        self.failTime = failTime
        self.reason = reason
        self.screenshot = screenshot
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.failTime = tree.int64("FailTime") ?? 0
        self.reason = tree["Reason"] ?? ""
        self.screenshot = tree["ScreenShot"]
    }
}
