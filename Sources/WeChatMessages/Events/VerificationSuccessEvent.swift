/// A verification step succeeded or its validity changed (`qualification_verify_success`, `naming_verify_success`,
/// `annual_renew`, `verify_expired`).
public struct VerificationSuccessEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// When the verification expires or expired (`ExpiredTime`, Unix seconds).
    public var expiredTime: Int64
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, expiredTime: Int64, event: String) {
        self.header = header
        self.expiredTime = expiredTime
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.expiredTime = tree.int64("ExpiredTime") ?? 0
    }
}
