/// A user opened a mini-program customer-service session (`user_enter_tempsession`).
public struct UserEnterTempSessionEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The developer-defined origin of the session (`SessionFrom`).
    public var sessionFrom: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, sessionFrom: String, event: String = "user_enter_tempsession") {
        self.header = header
        self.sessionFrom = sessionFrom
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.sessionFrom = tree["SessionFrom"] ?? ""
    }
}
