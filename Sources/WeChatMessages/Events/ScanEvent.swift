/// A user who already follows the account scanned a parametric QR code (`SCAN`).
public struct ScanEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The QR scene id or string (`EventKey`, no prefix).
    public var eventKey: String
    /// The QR code's ticket (`Ticket`).
    public var ticket: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, eventKey: String, ticket: String? = nil, event: String = "SCAN") {
        self.header = header
        self.eventKey = eventKey
        self.ticket = ticket
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.eventKey = tree["EventKey"] ?? ""
        self.ticket = tree["Ticket"]
    }
}
