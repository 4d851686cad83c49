/// A periodic location report of a user who allowed it (`LOCATION`).
public struct LocationEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// Latitude in degrees (`Latitude`).
    public var latitude: Double
    /// Longitude in degrees (`Longitude`).
    public var longitude: Double
    /// The report's precision in metres (`Precision`).
    public var precision: Double
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        latitude: Double,
        longitude: Double,
        precision: Double,
        event: String = "LOCATION"
    ) {
        self.header = header
        self.latitude = latitude
        self.longitude = longitude
        self.precision = precision
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.latitude = tree.double("Latitude") ?? 0
        self.longitude = tree.double("Longitude") ?? 0
        self.precision = tree.double("Precision") ?? 0
    }
}
