/// An event struct that remembers the raw `Event` value it was decoded from.
protocol NamedEventPayload: InboundPayload {
    /// The raw `Event` value exactly as sent.
    var event: String { get }
}
