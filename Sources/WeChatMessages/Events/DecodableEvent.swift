/// An event type the catalog decodes: it keeps its raw `Event` value. The elements it cannot do without are
/// listed with its ``EventKind`` constants (and, for a ``DocumentPayload``, in its schema), so a document
/// missing one of them stays an ``UnknownEvent`` with every raw field instead of a typed value full of blanks.
protocol DecodableEvent: InboundPayload, Hashable {
    /// The raw `Event` value exactly as sent.
    var event: String { get }
    /// Top-level elements without which a document is not this event, whatever its `Event` value.
    static var requiredFields: [String] { get }
    /// Reads the event from a decoded document; absent optional fields are `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String)
}

extension DecodableEvent {
    static var requiredFields: [String] { [] }
}
