/// A location a user shared (`MsgType` `location`).
public struct LocationMessage: InboundPayload, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The message id (`MsgId`, 64-bit); `0` only if WeChat left it out. The de-duplication key.
    public var msgID: Int64
    /// Latitude in degrees (`Location_X`).
    public var latitude: Double
    /// Longitude in degrees (`Location_Y`).
    public var longitude: Double
    /// The map zoom level (`Scale`).
    public var scale: Int
    /// The address WeChat shows for the place (`Label`).
    public var label: String
    /// The article-comment context (`MsgDataId`), when the message came from one.
    public var msgDataID: String?
    /// The 1-based article index (`Idx`) within `msgDataID`, when present.
    public var index: Int?

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        msgID: Int64,
        latitude: Double,
        longitude: Double,
        scale: Int,
        label: String,
        msgDataID: String? = nil,
        index: Int? = nil
    ) {
        self.header = header
        self.msgID = msgID
        self.latitude = latitude
        self.longitude = longitude
        self.scale = scale
        self.label = label
        self.msgDataID = msgDataID
        self.index = index
    }

    /// Reads the fields after the header from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader) {
        self.header = header
        self.msgID = tree.int64("MsgId") ?? 0
        self.latitude = tree.double("Location_X") ?? 0
        self.longitude = tree.double("Location_Y") ?? 0
        self.scale = tree.int("Scale") ?? 0
        self.label = tree["Label"] ?? ""
        self.msgDataID = tree["MsgDataId"]
        self.index = tree.int("Idx")
    }
}
