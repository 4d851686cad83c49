/// A verification step failed (`qualification_verify_fail`, `naming_verify_fail`).
public struct VerificationFailureEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// When it failed (`FailTime`, Unix seconds).
    public var failTime: Int64
    /// Why it failed (`FailReason`).
    public var failReason: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, failTime: Int64, failReason: String, event: String) {
        self.header = header
        self.failTime = failTime
        self.failReason = failReason
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.failTime = tree.int64("FailTime") ?? 0
        self.failReason = tree["FailReason"] ?? ""
    }
}
