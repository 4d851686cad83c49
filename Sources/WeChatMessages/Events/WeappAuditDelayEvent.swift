/// An authorizer's mini-program review was delayed (`weapp_audit_delay`).
public struct WeappAuditDelayEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// When the delay was decided (`DelayTime`, Unix seconds).
    public var delayTime: Int64
    /// Why the review is delayed (`Reason`).
    public var reason: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, delayTime: Int64, reason: String, event: String = "weapp_audit_delay") {
        self.header = header
        self.delayTime = delayTime
        self.reason = reason
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.delayTime = tree.int64("DelayTime") ?? 0
        self.reason = tree["Reason"] ?? ""
    }
}
