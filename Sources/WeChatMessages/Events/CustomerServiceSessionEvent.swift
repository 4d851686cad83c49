/// A customer-service agent opened or closed a session with a user (`kf_create_session`, `kf_close_session`).
public struct CustomerServiceSessionEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The agent's account (`KfAccount`), e.g. `test1@test`.
    public var kfAccount: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, kfAccount: String, event: String) {
        self.header = header
        self.kfAccount = kfAccount
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.kfAccount = tree["KfAccount"] ?? ""
    }
}
