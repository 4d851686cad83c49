/// A user's customer-service session moved to another agent (`kf_switch_session`).
public struct CustomerServiceSwitchEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The agent who had the session (`FromKfAccount`).
    public var fromKfAccount: String
    /// The agent who has it now (`ToKfAccount`).
    public var toKfAccount: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        fromKfAccount: String,
        toKfAccount: String,
        event: String = "kf_switch_session"
    ) {
        self.header = header
        self.fromKfAccount = fromKfAccount
        self.toKfAccount = toKfAccount
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.fromKfAccount = tree["FromKfAccount"] ?? ""
        self.toKfAccount = tree["ToKfAccount"] ?? ""
    }
}
