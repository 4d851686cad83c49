/// A user picked a location through a menu button (`location_select`).
public struct LocationSelectEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The button's key (`EventKey`).
    public var eventKey: String
    /// Latitude in degrees (`SendLocationInfo/Location_X`).
    public var latitude: Double
    /// Longitude in degrees (`SendLocationInfo/Location_Y`).
    public var longitude: Double
    /// The map zoom level (`SendLocationInfo/Scale`).
    public var scale: Int
    /// The address WeChat shows (`SendLocationInfo/Label`).
    public var label: String
    /// The point of interest (`SendLocationInfo/Poiname`); often empty.
    public var poiName: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        eventKey: String,
        latitude: Double,
        longitude: Double,
        scale: Int,
        label: String,
        poiName: String? = nil,
        event: String = "location_select"
    ) {
        self.header = header
        self.eventKey = eventKey
        self.latitude = latitude
        self.longitude = longitude
        self.scale = scale
        self.label = label
        self.poiName = poiName
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.eventKey = tree["EventKey"] ?? ""
        self.latitude = tree.child("SendLocationInfo")?.double("Location_X") ?? 0
        self.longitude = tree.child("SendLocationInfo")?.double("Location_Y") ?? 0
        self.scale = tree.child("SendLocationInfo")?.int("Scale") ?? 0
        self.label = tree.child("SendLocationInfo")?["Label"] ?? ""
        self.poiName = tree.child("SendLocationInfo")?["Poiname"]
    }
}
