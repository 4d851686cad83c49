// Every `DocumentPayload` type and its schema. The elements an event cannot do without are listed with its
// `EventKind` constants (`EventKind+Catalog.swift`); its typed properties are in
// the family file named beside it (`DocumentPayload+GiftCards.swift`, ...).

// Commerce
/// A buyer paid an order in the account's shop (`merchant_order`).
public typealias MerchantOrderEvent = DocumentPayload<PayloadSchemas.MerchantOrder>
/// A user scanned a shopping guide's QR code (`guide_qrcode_scan_event`).
public typealias GuideQRCodeScanEvent = DocumentPayload<PayloadSchemas.GuideQRCodeScan>
// Devices
/// A message or event from a WeChat hardware device (`MsgType` `device_text`, or `device_event` with
/// `Event` `bind`, `unbind`, `subscribe_status` or `unsubscribe_status`).
public typealias DeviceMessage = DocumentPayload<PayloadSchemas.Device>
/// A file a user sent (`MsgType` `file`).
public typealias FileMessage = DocumentPayload<PayloadSchemas.File>
// Cards
/// A card passed or failed review (`card_pass_check`, `card_not_pass_check`).
public typealias CardCheckEvent = DocumentPayload<PayloadSchemas.CardCheck>
/// A user acted on one of their cards (`user_del_card`, `user_view_card`, `user_enter_session_from_card`,
/// `submit_membercard_user_info`).
public typealias CardCodeEvent = DocumentPayload<PayloadSchemas.CardCode>
/// A card's stock ran low (`card_sku_remind`).
public typealias CardStockEvent = DocumentPayload<PayloadSchemas.CardStock>
// GiftCard
/// A gift-card order changed hands (`giftcard_pay_done`, `giftcard_send_to_friend`, `giftcard_user_accept`).
public typealias GiftCardOrderEvent = DocumentPayload<PayloadSchemas.GiftCardOrder>
/// WeChat reviewed a sub-merchant's card qualification (`card_merchant_check_result`).
public typealias CardMerchantCheckEvent = DocumentPayload<PayloadSchemas.CardMerchantCheck>
// Invoice
/// A user authorised (or failed to authorise) invoices for orders (`user_authorize_invoice`).
public typealias InvoiceAuthorizationEvent = DocumentPayload<PayloadSchemas.InvoiceAuthorization>
/// The reimbursement state of an invoice changed (`update_invoice_status`).
public typealias InvoiceStatusEvent = DocumentPayload<PayloadSchemas.InvoiceStatus>
/// A user submitted an invoice title (`submit_invoice_title`).
public typealias InvoiceTitleEvent = DocumentPayload<PayloadSchemas.InvoiceTitle>
/// A cloud invoice was issued or failed (`cloud_invoice_invoiceresult_event`).
public typealias InvoiceResultEvent = DocumentPayload<PayloadSchemas.InvoiceResult>
// MiniProgramReview
/// An authorizer's mini-program name change was reviewed (`wxa_nickname_audit`).
public typealias NicknameAuditEvent = DocumentPayload<PayloadSchemas.NicknameAudit>
/// An authorizer's new mini-program category was reviewed (`wxa_category_audit`).
public typealias CategoryAuditEvent = DocumentPayload<PayloadSchemas.CategoryAudit>
/// An authorizer's request to use a privacy API was reviewed (`wxa_privacy_apply`).
public typealias PrivacyApplyEvent = DocumentPayload<PayloadSchemas.PrivacyApply>
/// An authorizer's appeal against a penalty changed state (`wxa_appeal_record`).
public typealias AppealRecordEvent = DocumentPayload<PayloadSchemas.AppealRecord>
/// A trial mini program's verification or its authorization request moved on (`betaapp_verify_event`,
/// `betaapp_verify_apply_event`).
public typealias BetaAppVerifyEvent = DocumentPayload<PayloadSchemas.BetaAppVerify>
// ScanProduct
/// A user opened, entered the chat from, or located a scanned product page, or WeChat reviewed one
/// (`user_scan_product`, `user_scan_product_enter_session`, `user_scan_product_async`,
/// `user_scan_product_verify_action`).
public typealias ScanProductEvent = DocumentPayload<PayloadSchemas.ScanProduct>
/// A user followed the account from a product page (`subscribe_scan_product`).
public typealias ScanProductSubscribeEvent = DocumentPayload<PayloadSchemas.ScanProductSubscribe>
// ShakeAround
/// A user shook their phone near the account's beacons (`ShakearoundUserShake`).
public typealias ShakeAroundUserShakeEvent = DocumentPayload<PayloadSchemas.ShakeAroundUserShake>
/// A user won a shake-around red-packet lottery (`ShakearoundLotteryBind`).
public typealias ShakeAroundLotteryBindEvent = DocumentPayload<PayloadSchemas.ShakeAroundLotteryBind>
// Store
/// A store submitted through the POI API was reviewed (`poi_check_notify`).
public typealias PoiCheckEvent = DocumentPayload<PayloadSchemas.PoiCheck>
/// A store mini-program review finished: merchant qualification (`apply_merchant_audit_info`), a new store
/// (`add_store_audit_info`) or a store change (`modify_store_audit_info`).
public typealias StoreAuditEvent = DocumentPayload<PayloadSchemas.StoreAudit>
/// A store created on Tencent Maps was reviewed (`create_map_poi_audit_info`).
public typealias MapPoiAuditEvent = DocumentPayload<PayloadSchemas.MapPoiAudit>
// WifiConnected
/// A user connected to the account's Wi-Fi (`WifiConnected`).
public typealias WifiConnectedEvent = DocumentPayload<PayloadSchemas.WifiConnected>

extension PayloadSchemas {
    /// The schema of ``CardCheckEvent``.
    public enum CardCheck: PayloadSchema {}
    /// The schema of ``CardCodeEvent``.
    public enum CardCode: PayloadSchema {}
    /// The schema of ``CardStockEvent``.
    public enum CardStock: PayloadSchema {}
    /// The schema of ``MerchantOrderEvent``.
    public enum MerchantOrder: PayloadSchema {}
    /// The schema of ``GuideQRCodeScanEvent``.
    public enum GuideQRCodeScan: PayloadSchema {}
    /// The schema of ``DeviceMessage``.
    public enum Device: PayloadSchema {}
    /// The schema of ``FileMessage``.
    public enum File: PayloadSchema {}
    /// The schema of ``GiftCardOrderEvent``.
    public enum GiftCardOrder: PayloadSchema {}
    /// The schema of ``CardMerchantCheckEvent``.
    public enum CardMerchantCheck: PayloadSchema {}
    /// The schema of ``InvoiceAuthorizationEvent``.
    public enum InvoiceAuthorization: PayloadSchema {}
    /// The schema of ``InvoiceStatusEvent``.
    public enum InvoiceStatus: PayloadSchema {}
    /// The schema of ``InvoiceTitleEvent``.
    public enum InvoiceTitle: PayloadSchema {}
    /// The schema of ``InvoiceResultEvent``.
    public enum InvoiceResult: PayloadSchema {}
    /// The schema of ``NicknameAuditEvent``.
    public enum NicknameAudit: PayloadSchema {}
    /// The schema of ``CategoryAuditEvent``.
    public enum CategoryAudit: PayloadSchema {}
    /// The schema of ``PrivacyApplyEvent``.
    public enum PrivacyApply: PayloadSchema {}
    /// The schema of ``AppealRecordEvent``.
    public enum AppealRecord: PayloadSchema {}
    /// The schema of ``BetaAppVerifyEvent``.
    public enum BetaAppVerify: PayloadSchema {}
    /// The schema of ``ScanProductEvent``.
    public enum ScanProduct: PayloadSchema {}
    /// The schema of ``ScanProductSubscribeEvent``.
    public enum ScanProductSubscribe: PayloadSchema {}
    /// The schema of ``ShakeAroundUserShakeEvent``.
    public enum ShakeAroundUserShake: PayloadSchema {}
    /// The schema of ``ShakeAroundLotteryBindEvent``.
    public enum ShakeAroundLotteryBind: PayloadSchema {}
    /// The schema of ``PoiCheckEvent``.
    public enum PoiCheck: PayloadSchema {}
    /// The schema of ``StoreAuditEvent``.
    public enum StoreAudit: PayloadSchema {}
    /// The schema of ``MapPoiAuditEvent``.
    public enum MapPoiAudit: PayloadSchema {}
    /// The schema of ``WifiConnectedEvent``.
    public enum WifiConnected: PayloadSchema {}
}
