/// A user paid through a card's pay cell (`user_pay_from_pay_cell`).
public struct CardPayCellEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The card (`CardId`).
    public var cardID: String
    /// The card's code (`UserCardCode`).
    public var userCardCode: String
    /// The payment transaction (`TransId`).
    public var transactionID: String
    /// The store (`LocationId`).
    public var locationID: String?
    /// The amount paid, in fen (`Fee`).
    public var fee: Int
    /// The amount before discounts, in fen (`OriginalFee`).
    public var originalFee: Int
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        cardID: String,
        userCardCode: String,
        transactionID: String,
        locationID: String? = nil,
        fee: Int,
        originalFee: Int,
        event: String = "user_pay_from_pay_cell"
    ) {
        self.header = header
        self.cardID = cardID
        self.userCardCode = userCardCode
        self.transactionID = transactionID
        self.locationID = locationID
        self.fee = fee
        self.originalFee = originalFee
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.cardID = tree["CardId"] ?? ""
        self.userCardCode = tree["UserCardCode"] ?? ""
        self.transactionID = tree["TransId"] ?? ""
        self.locationID = tree["LocationId"]
        self.fee = tree.int("Fee") ?? 0
        self.originalFee = tree.int("OriginalFee") ?? 0
    }
}
