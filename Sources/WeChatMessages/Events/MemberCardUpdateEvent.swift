/// A member card's points or balance changed (`update_member_card`).
public struct MemberCardUpdateEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The card (`CardId`).
    public var cardID: String
    /// The card's code (`UserCardCode`).
    public var userCardCode: String
    /// The change in points (`ModifyBonus`).
    public var modifyBonus: Int
    /// The change in balance (`ModifyBalance`).
    public var modifyBalance: Int
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        cardID: String,
        userCardCode: String,
        modifyBonus: Int,
        modifyBalance: Int,
        event: String = "update_member_card"
    ) {
        self.header = header
        self.cardID = cardID
        self.userCardCode = userCardCode
        self.modifyBonus = modifyBonus
        self.modifyBalance = modifyBalance
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.cardID = tree["CardId"] ?? ""
        self.userCardCode = tree["UserCardCode"] ?? ""
        self.modifyBonus = tree.int("ModifyBonus") ?? 0
        self.modifyBalance = tree.int("ModifyBalance") ?? 0
    }
}
