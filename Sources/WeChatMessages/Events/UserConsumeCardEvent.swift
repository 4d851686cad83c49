/// A user's card was redeemed (`user_consume_card`).
public struct UserConsumeCardEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The card (`CardId`).
    public var cardID: String
    /// The card's code (`UserCardCode`).
    public var userCardCode: String
    /// How it was redeemed (`ConsumeSource`), e.g. `FROM_API`.
    public var consumeSource: String
    /// The store (`LocationName`).
    public var locationName: String?
    /// The store where it was redeemed (`LocationId`).
    public var locationID: String?
    /// The staff member who redeemed it (`StaffOpenId`).
    public var staffOpenID: String?
    /// The self-service verification code (`VerifyCode`).
    public var verifyCode: String?
    /// The self-service amount remark (`RemarkAmount`).
    public var remarkAmount: String?
    /// The developer's channel string (`OuterStr`).
    public var outerString: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        cardID: String,
        userCardCode: String,
        consumeSource: String,
        locationName: String? = nil,
        locationID: String? = nil,
        staffOpenID: String? = nil,
        verifyCode: String? = nil,
        remarkAmount: String? = nil,
        outerString: String? = nil,
        event: String = "user_consume_card"
    ) {
        self.header = header
        self.cardID = cardID
        self.userCardCode = userCardCode
        self.consumeSource = consumeSource
        self.locationName = locationName
        self.locationID = locationID
        self.staffOpenID = staffOpenID
        self.verifyCode = verifyCode
        self.remarkAmount = remarkAmount
        self.outerString = outerString
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.cardID = tree["CardId"] ?? ""
        self.userCardCode = tree["UserCardCode"] ?? ""
        self.consumeSource = tree["ConsumeSource"] ?? ""
        self.locationName = tree["LocationName"]
        self.locationID = tree["LocationId"]
        self.staffOpenID = tree["StaffOpenId"]
        self.verifyCode = tree["VerifyCode"]
        self.remarkAmount = tree["RemarkAmount"]
        self.outerString = tree["OuterStr"]
    }
}
