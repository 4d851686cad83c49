/// A user tapped a menu button that opens a web page (`VIEW`) or a mini program (`view_miniprogram`).
public struct ViewEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The page address, or the mini-program page path (`EventKey`).
    public var eventKey: String
    /// The personalised menu rule the button belongs to (`MenuId`), when any.
    public var menuID: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, eventKey: String, menuID: String? = nil, event: String = "VIEW") {
        self.header = header
        self.eventKey = eventKey
        self.menuID = menuID
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.eventKey = tree["EventKey"] ?? ""
        self.menuID = tree["MenuId"]
    }
}

/// A user tapped a menu button that opens a mini program (`view_miniprogram`): the same fields as ``ViewEvent``.
public typealias ViewMiniProgramEvent = ViewEvent
