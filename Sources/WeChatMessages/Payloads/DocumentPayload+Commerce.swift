// Official-account shop and shopping-guide events:
// https://developers.weixin.qq.com/doc/offiaccount/Shopping_Guide/guide-account/shopping-guide.onGuideCreateQrCode.html

extension DocumentPayload where Schema == PayloadSchemas.MerchantOrder {
    /// The order (`OrderId`).
    public var orderID: String { raw["OrderId"] ?? "" }
    /// The order's state (`OrderStatus`).
    public var orderStatus: Int? { raw.int("OrderStatus") }
    /// The product (`ProductId`).
    public var productID: String? { raw["ProductId"] }
    /// The chosen SKU (`SkuInfo`), `attribute:value` pairs separated by `;`.
    public var skuInfo: String? { raw["SkuInfo"] }
}

extension DocumentPayload where Schema == PayloadSchemas.GuideQRCodeScan {
    private var scan: XMLTree? { raw.child("GuideScanEvent") }
    /// The guide's WeChat id (`GuideScanEvent/qrcode_guide_account`).
    public var guideAccount: String? { scan?["qrcode_guide_account"] }
    /// The guide's openid (`GuideScanEvent/qrcode_guide_openid`), for guides bound by openid.
    public var guideOpenID: String? { scan?["qrcode_guide_openid"] }
    /// The scanning user's openid (`GuideScanEvent/openid`).
    public var openID: String? { scan?["openid"] }
    /// The outcome (`GuideScanEvent/action`): 1 guide gone, 2 bound, 3 already bound, 4 bound to another.
    public var action: Int? { scan?.int("action") }
    /// What the developer put in the code (`GuideScanEvent/qrcode_info`).
    public var qrCodeInfo: String? { scan?["qrcode_info"] }
}
