// Electronic-invoice events:
// https://developers.weixin.qq.com/doc/offiaccount/WeChat_Invoice/E_Invoice/Vendor_API_List.html

extension DocumentPayload where Schema == PayloadSchemas.InvoiceAuthorization {
    /// The order authorised (`SuccOrderId`); empty when none was.
    public var succeededOrderID: String? { raw["SuccOrderId"] }
    /// The order not authorised (`FailOrderId`); empty when none failed.
    public var failedOrderID: String? { raw["FailOrderId"] }
    /// The account that receives the event (`AuthorizeAppId`; some samples spell it `AppId`).
    public var authorizeAppID: String? { raw["AuthorizeAppId"] ?? raw["AppId"] }
    /// Where the user authorised (`Source`): `web` (H5 in WeChat), `app`, `wxa` ...
    public var source: String? { raw["Source"] }
    /// The invoicing service provider's token (`SPAppId`), when one issued the request.
    public var serviceProviderAppID: String? { raw["SPAppId"] }
}

extension DocumentPayload where Schema == PayloadSchemas.InvoiceStatus {
    /// The new state (`Status`), e.g. `INVOICE_REIMBURSE_INIT`.
    public var status: String? { raw["Status"] }
    /// The invoice card (`CardId`).
    public var cardID: String { raw["CardId"] ?? "" }
    /// The invoice code (`Code`).
    public var code: String { raw["Code"] ?? "" }
}

extension DocumentPayload where Schema == PayloadSchemas.InvoiceTitle {
    /// The title (`title`).
    public var title: String { raw["title"] ?? "" }
    /// The taxpayer number (`tax_no`).
    public var taxNumber: String? { raw["tax_no"] }
    /// The address (`addr`).
    public var address: String? { raw["addr"] }
    /// The phone number (`phone`).
    public var phone: String? { raw["phone"] }
    /// The bank (`bank_type`).
    public var bankType: String? { raw["bank_type"] }
    /// The bank account (`bank_no`).
    public var bankNumber: String? { raw["bank_no"] }
    /// The developer's attachment (`attach`).
    public var attach: String? { raw["attach"] }
    /// Personal or business title (`title_type`), e.g. `InvoiceUserTitleBusinessType`.
    public var titleType: String? { raw["title_type"] }
}

extension DocumentPayload where Schema == PayloadSchemas.InvoiceResult {
    /// The invoice request serial number (`fpqqlsh`).
    public var requestSerialNumber: String { raw["fpqqlsh"] ?? "" }
    /// The result code (`status`); 100 means issued.
    public var status: Int? { raw.int("status") }
    /// The seller's taxpayer number (`nsrsbh`).
    public var sellerTaxNumber: String? { raw["nsrsbh"] }
}
