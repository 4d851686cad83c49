/// A user followed the account (`subscribe`), plainly or by scanning a parametric QR code.
public struct SubscribeEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The raw `EventKey`: absent or empty on a plain follow, `qrscene_` + scene after a QR scan.
    public var eventKey: String?
    /// The QR code's ticket (`Ticket`) when the follow came from a parametric QR code.
    public var ticket: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// The QR scene (`EventKey` without its `qrscene_` prefix), or `nil` when the follow did not come from a QR code.
    public var scene: String? {
        guard let eventKey, eventKey.hasPrefix(Self.scenePrefix) else { return nil }
        return String(eventKey.dropFirst(Self.scenePrefix.count))
    }

    /// The prefix WeChat puts before the scene of a parametric QR code.
    static let scenePrefix = "qrscene_"

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, eventKey: String? = nil, ticket: String? = nil, event: String = "subscribe") {
        self.header = header
        self.eventKey = eventKey
        self.ticket = ticket
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.eventKey = tree["EventKey"]
        self.ticket = tree["Ticket"]
    }
}
