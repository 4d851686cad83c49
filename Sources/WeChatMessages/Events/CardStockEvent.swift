/// A card's stock ran low (`card_sku_remind`).
public struct CardStockEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The card (`CardId`).
    public var cardID: String
    /// WeChat's description of the stock level (`Detail`).
    public var detail: String
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, cardID: String, detail: String, event: String = "card_sku_remind") {
        self.header = header
        self.cardID = cardID
        self.detail = detail
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.cardID = tree["CardId"] ?? ""
        self.detail = tree["Detail"] ?? ""
    }
}
