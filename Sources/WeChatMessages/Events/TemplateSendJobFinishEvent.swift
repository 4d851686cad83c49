/// A template message was delivered or failed (`TEMPLATESENDJOBFINISH`).
public struct TemplateSendJobFinishEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The template message's id (`MsgID`).
    public var msgID: Int64
    /// The outcome (`Status`): `success` or a failure text.
    public var status: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, msgID: Int64, status: String, event: String = "TEMPLATESENDJOBFINISH") {
        self.header = header
        self.msgID = msgID
        self.status = status
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.msgID = tree.int64("MsgID") ?? 0
        self.status = tree["Status"] ?? ""
    }
}
