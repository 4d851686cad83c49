/// An authorizer's mini-program release passed review (`weapp_audit_success`).
public struct WeappAuditSuccessEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// When it passed (`SuccTime`, Unix seconds).
    public var successTime: Int64
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, successTime: Int64, event: String = "weapp_audit_success") {
        self.header = header
        self.successTime = successTime
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.successTime = tree.int64("SuccTime") ?? 0
    }
}
