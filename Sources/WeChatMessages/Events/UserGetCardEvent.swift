/// A user received a card (`user_get_card`).
public struct UserGetCardEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The card (`CardId`).
    public var cardID: String
    /// Whether a friend gave it (`IsGiveByFriend`).
    public var isGiveByFriend: Bool?
    /// The giving friend's openid (`FriendUserName`).
    public var friendUserName: String?
    /// The card's code (`UserCardCode`).
    public var userCardCode: String
    /// The code of the card before it was given on (`OldUserCardCode`).
    public var oldUserCardCode: String?
    /// The developer's channel number (`OuterId`).
    public var outerID: Int?
    /// The developer's channel string (`OuterStr`).
    public var outerString: String?
    /// Whether a deleted member card was restored (`IsRestoreMemberCard`).
    public var isRestoreMemberCard: Bool?
    /// Whether a friend recommended it (`IsRecommendByFriend`).
    public var isRecommendByFriend: Bool?
    /// The user's unionid (`UnionId`), when bound.
    public var unionID: String?
    /// How the card was received (`SourceScene`), e.g. `SOURCE_SCENE_USER_ACCEPT_GIFTCARD`.
    public var sourceScene: String?
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        cardID: String,
        isGiveByFriend: Bool? = nil,
        friendUserName: String? = nil,
        userCardCode: String,
        oldUserCardCode: String? = nil,
        outerID: Int? = nil,
        outerString: String? = nil,
        isRestoreMemberCard: Bool? = nil,
        isRecommendByFriend: Bool? = nil,
        unionID: String? = nil,
        sourceScene: String? = nil,
        event: String = "user_get_card"
    ) {
        self.header = header
        self.cardID = cardID
        self.isGiveByFriend = isGiveByFriend
        self.friendUserName = friendUserName
        self.userCardCode = userCardCode
        self.oldUserCardCode = oldUserCardCode
        self.outerID = outerID
        self.outerString = outerString
        self.isRestoreMemberCard = isRestoreMemberCard
        self.isRecommendByFriend = isRecommendByFriend
        self.unionID = unionID
        self.sourceScene = sourceScene
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.cardID = tree["CardId"] ?? ""
        self.isGiveByFriend = tree.flag("IsGiveByFriend")
        self.friendUserName = tree["FriendUserName"]
        self.userCardCode = tree["UserCardCode"] ?? ""
        self.oldUserCardCode = tree["OldUserCardCode"]
        self.outerID = tree.int("OuterId")
        self.outerString = tree["OuterStr"]
        self.isRestoreMemberCard = tree.flag("IsRestoreMemberCard")
        self.isRecommendByFriend = tree.flag("IsRecommendByFriend")
        self.unionID = tree["UnionId"]
        self.sourceScene = tree["SourceScene"]
    }
}
