/// A card passed or failed WeChat's review (`card_pass_check`, `card_not_pass_check`).
public struct CardCheckEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The card (`CardId`).
    public var cardID: String
    /// Why it was refused (`RefuseReason`), when it was.
    public var refuseReason: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, cardID: String, refuseReason: String? = nil, event: String) {
        self.header = header
        self.cardID = cardID
        self.refuseReason = refuseReason
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.cardID = tree["CardId"] ?? ""
        self.refuseReason = tree["RefuseReason"]
    }
}
