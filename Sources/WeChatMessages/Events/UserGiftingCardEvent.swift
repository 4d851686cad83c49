/// A user gave a card to a friend (`user_gifting_card`).
public struct UserGiftingCardEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The card (`CardId`).
    public var cardID: String
    /// The card's code (`UserCardCode`).
    public var userCardCode: String
    /// Whether the gift came back unclaimed (`IsReturnBack`).
    public var isReturnBack: Bool?
    /// The friend's openid (`FriendUserName`).
    public var friendUserName: String?
    /// Whether it was given in a group chat (`IsChatRoom`).
    public var isChatRoom: Bool?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        cardID: String,
        userCardCode: String,
        isReturnBack: Bool? = nil,
        friendUserName: String? = nil,
        isChatRoom: Bool? = nil,
        event: String = "user_gifting_card"
    ) {
        self.header = header
        self.cardID = cardID
        self.userCardCode = userCardCode
        self.isReturnBack = isReturnBack
        self.friendUserName = friendUserName
        self.isChatRoom = isChatRoom
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.cardID = tree["CardId"] ?? ""
        self.userCardCode = tree["UserCardCode"] ?? ""
        self.isReturnBack = tree.flag("IsReturnBack")
        self.friendUserName = tree["FriendUserName"]
        self.isChatRoom = tree.flag("IsChatRoom")
    }
}
