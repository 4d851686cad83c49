/// A user acted on one of their cards (`user_del_card`, `user_view_card`, `user_enter_session_from_card`,
/// `submit_membercard_user_info`).
public struct CardCodeEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The card (`CardId`).
    public var cardID: String
    /// The card's code (`UserCardCode`).
    public var userCardCode: String
    /// The developer's channel string (`OuterStr`), on `user_view_card`.
    public var outerString: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        cardID: String,
        userCardCode: String,
        outerString: String? = nil,
        event: String
    ) {
        self.header = header
        self.cardID = cardID
        self.userCardCode = userCardCode
        self.outerString = outerString
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.cardID = tree["CardId"] ?? ""
        self.userCardCode = tree["UserCardCode"] ?? ""
        self.outerString = tree["OuterStr"]
    }
}
