// Gift-card events:
// https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/gift_card/Gift_card_event_push.html

extension DocumentPayload where Schema == PayloadSchemas.GiftCardOrder {
    /// The gift-card shelf page the order came from (`PageId`).
    public var pageID: String? { raw["PageId"] }
    /// The gift-card order (`OrderId`).
    public var orderID: String { raw["OrderId"] ?? "" }
    /// Whether it was given in a group chat (`IsChatRoom`).
    public var isChatRoom: Bool? { raw.flag("IsChatRoom") }
    /// Whether the gift came back unclaimed (`IsReturnBack`).
    public var isReturnBack: Bool? { raw.flag("IsReturnBack") }
}

extension DocumentPayload where Schema == PayloadSchemas.CardMerchantCheck {
    /// The sub-merchant (`MerchantId`).
    public var merchantID: String { raw["MerchantId"] ?? "" }
    /// Whether it passed (`IsPass`).
    public var isPass: Bool? { raw.flag("IsPass") }
    /// The reviewer's reason (`Reason`).
    public var reason: String? { raw["Reason"] }
}
