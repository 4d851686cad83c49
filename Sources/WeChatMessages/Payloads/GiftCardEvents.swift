// Gift-card events: https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/gift_card/Gift_card_event_push.html

/// A gift-card order changed hands (`giftcard_pay_done`, `giftcard_send_to_friend`, `giftcard_user_accept`).
public typealias GiftCardOrderEvent = DocumentPayload<PayloadSchemas.GiftCardOrder>

extension PayloadSchemas {
    /// The schema of ``GiftCardOrderEvent``.
    public enum GiftCardOrder: PayloadSchema {
        public static let requiredFields = ["OrderId"]
    }
}

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

/// WeChat reviewed a sub-merchant's card qualification (`card_merchant_check_result`).
public typealias CardMerchantCheckEvent = DocumentPayload<PayloadSchemas.CardMerchantCheck>

extension PayloadSchemas {
    /// The schema of ``CardMerchantCheckEvent``.
    public enum CardMerchantCheck: PayloadSchema {
        public static let requiredFields = ["MerchantId"]
    }
}

extension DocumentPayload where Schema == PayloadSchemas.CardMerchantCheck {
    /// The sub-merchant (`MerchantId`).
    public var merchantID: String { raw["MerchantId"] ?? "" }
    /// Whether it passed (`IsPass`).
    public var isPass: Bool? { raw.flag("IsPass") }
    /// The reviewer's reason (`Reason`).
    public var reason: String? { raw["Reason"] }
}
