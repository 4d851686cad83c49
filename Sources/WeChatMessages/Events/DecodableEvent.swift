/// An event type the catalog decodes: it keeps its raw `Event` value and names the elements it cannot do
/// without, so a document missing one of them stays an ``UnknownEvent`` with every raw field instead of a
/// typed value full of blanks.
protocol DecodableEvent: InboundPayload, Hashable {
    /// The raw `Event` value exactly as sent.
    var event: String { get }
    /// Top-level elements without which a document is not this event.
    static var requiredFields: [String] { get }
    /// Reads the event from a decoded document; absent optional fields are `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String)
}

extension DecodableEvent {
    static var requiredFields: [String] { [] }

    /// The event read from `tree`, or `nil` when one of ``requiredFields`` is missing.
    static func decodeIfComplete(_ tree: XMLTree, header: MessageHeader, event: String) -> Self? {
        guard requiredFields.allSatisfy({ tree.child($0) != nil }) else { return nil }
        return Self(decoding: tree, header: header, event: event)
    }
}
