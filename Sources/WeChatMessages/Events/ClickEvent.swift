/// A user tapped a `click` menu button (`CLICK`).
public struct ClickEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The button's key (`EventKey`).
    public var eventKey: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, eventKey: String, event: String = "CLICK") {
        self.header = header
        self.eventKey = eventKey
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.eventKey = tree["EventKey"] ?? ""
    }
}
