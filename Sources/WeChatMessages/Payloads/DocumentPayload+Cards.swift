// Card events:
// https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/Coupons_Vouchers_and_Cards_Event_Push_Messages.html

extension DocumentPayload where Schema == PayloadSchemas.CardCheck {
    /// The card (`CardId`).
    public var cardID: String { raw["CardId"] ?? "" }
    /// Why it failed review (`RefuseReason`).
    public var refuseReason: String? { raw["RefuseReason"] }
}

extension DocumentPayload where Schema == PayloadSchemas.CardCode {
    /// The card (`CardId`).
    public var cardID: String { raw["CardId"] ?? "" }
    /// The card's code (`UserCardCode`).
    public var userCardCode: String { raw["UserCardCode"] ?? "" }
    /// The developer's channel string (`OuterStr`), on `user_view_card`.
    public var outerString: String? { raw["OuterStr"] }
}

extension DocumentPayload where Schema == PayloadSchemas.CardStock {
    /// The card (`CardId`).
    public var cardID: String { raw["CardId"] ?? "" }
    /// What ran low (`Detail`).
    public var detail: String { raw["Detail"] ?? "" }
}
