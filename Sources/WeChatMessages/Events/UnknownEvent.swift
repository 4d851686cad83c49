/// An event whose `Event` this library does not model; it keeps every field so nothing is lost.
public struct UnknownEvent: DecodableEvent, Hashable {
    /// The common header.
    public var header: MessageHeader
    /// The raw `Event` value exactly as sent.
    public var event: String
    /// The raw `EventKey`, when present.
    public var eventKey: String?
    /// The whole decoded document, every element as received.
    public var raw: XMLTree

    /// Creates the value from its parts.
    public init(header: MessageHeader, event: String, eventKey: String? = nil, raw: XMLTree) {
        self.header = header
        self.event = event
        self.eventKey = eventKey
        self.raw = raw
    }

    /// Keeps a whole document whose `Event` is not typed, or whose typed event lacks a required element.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.init(header: header, event: event, eventKey: tree["EventKey"], raw: tree)
    }
}
