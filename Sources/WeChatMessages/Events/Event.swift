/// An event WeChat pushes (`MsgType` `event`), one case per `Event` value WeChat documents
/// (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html and the
/// card, invoice, store, device and third-party-platform pages).
///
/// Events that carry the same fields share a struct (e.g. both `scancode_*` events use `ScanCodeEvent`);
/// the case tells them apart and each struct keeps the raw `Event` value. Unmodelled events, and typed ones
/// missing an element they cannot do without, arrive as `.unknown` with every raw field. Each case has an
/// ``EventKind`` constant of the same name (`EventKind+Catalog.swift`), which also drives decoding.
public enum Event: Sendable, Hashable {
    /// A user followed the account (`subscribe`).
    case subscribe(SubscribeEvent)
    /// A user unfollowed the account (`unsubscribe`).
    case unsubscribe(UnsubscribeEvent)
    /// A follower scanned a parametric QR code (`SCAN`).
    case scan(ScanEvent)
    /// A periodic location report (`LOCATION`).
    case location(LocationEvent)
    /// A `click` menu button was tapped (`CLICK`).
    case click(ClickEvent)
    /// A `view` menu button was tapped (`VIEW`).
    case view(ViewEvent)
    /// A mini-program menu button was tapped (`view_miniprogram`).
    case viewMiniProgram(ViewMiniProgramEvent)
    /// A scan-code menu button pushed its result (`scancode_push`).
    case scanCodePush(ScanCodeEvent)
    /// A scan-code menu button waits for a reply (`scancode_waitmsg`).
    case scanCodeWaitMessage(ScanCodeEvent)
    /// Pictures taken with the system camera (`pic_sysphoto`).
    case picturesSystemPhoto(PicturesEvent)
    /// Pictures taken or picked from the album (`pic_photo_or_album`).
    case picturesPhotoOrAlbum(PicturesEvent)
    /// Pictures picked from WeChat's album (`pic_weixin`).
    case picturesWeixin(PicturesEvent)
    /// A location picked through a menu button (`location_select`).
    case locationSelect(LocationSelectEvent)
    /// A broadcast finished (`MASSSENDJOBFINISH`).
    case massSendJobFinish(MassSendJobFinishEvent)
    /// A template message finished (`TEMPLATESENDJOBFINISH`).
    case templateSendJobFinish(TemplateSendJobFinishEvent)
    /// A publish job finished (`PUBLISHJOBFINISH`).
    case publishJobFinish(PublishJobFinishEvent)
    /// A user answered a subscribe-message pop-up (`subscribe_msg_popup_event`).
    case subscribeMessagePopup(SubscribeMessagePopupEvent)
    /// A user changed subscribe-message settings (`subscribe_msg_change_event`).
    case subscribeMessageChange(SubscribeMessageChangeEvent)
    /// Subscribe messages were delivered (`subscribe_msg_sent_event`).
    case subscribeMessageSent(SubscribeMessageSentEvent)
    /// Qualification verification succeeded (`qualification_verify_success`).
    case qualificationVerifySuccess(VerificationSuccessEvent)
    /// Qualification verification failed (`qualification_verify_fail`).
    case qualificationVerifyFailure(VerificationFailureEvent)
    /// Naming verification succeeded (`naming_verify_success`).
    case namingVerifySuccess(VerificationSuccessEvent)
    /// Naming verification failed (`naming_verify_fail`).
    case namingVerifyFailure(VerificationFailureEvent)
    /// Verification is due for its annual renewal (`annual_renew`).
    case annualRenew(VerificationSuccessEvent)
    /// Verification expired (`verify_expired`).
    case verifyExpired(VerificationSuccessEvent)
    /// A customer-service agent opened a session (`kf_create_session`).
    case kfCreateSession(CustomerServiceSessionEvent)
    /// A customer-service agent closed a session (`kf_close_session`).
    case kfCloseSession(CustomerServiceSessionEvent)
    /// A customer-service session moved to another agent (`kf_switch_session`).
    case kfSwitchSession(CustomerServiceSwitchEvent)
    /// A user changed authorised information (`user_info_modified`).
    case userInfoModified(UserAuthorizationChangeEvent)
    /// A user revoked an authorisation (`user_authorization_revoke`).
    case userAuthorizationRevoke(UserAuthorizationChangeEvent)
    /// A user cancelled their account's authorisations (`user_authorization_cancellation`).
    case userAuthorizationCancellation(UserAuthorizationChangeEvent)
    /// A user opened a mini-program customer-service session (`user_enter_tempsession`).
    case userEnterTempSession(UserEnterTempSessionEvent)
    /// A media security check finished (`wxa_media_check`).
    case mediaCheck(MediaCheckEvent)
    /// A card passed review (`card_pass_check`).
    case cardPassCheck(CardCheckEvent)
    /// A card failed review (`card_not_pass_check`).
    case cardNotPassCheck(CardCheckEvent)
    /// A user received a card (`user_get_card`).
    case userGetCard(UserGetCardEvent)
    /// A user gave a card away (`user_gifting_card`).
    case userGiftingCard(UserGiftingCardEvent)
    /// A user deleted a card (`user_del_card`).
    case userDeleteCard(CardCodeEvent)
    /// A card was redeemed (`user_consume_card`).
    case userConsumeCard(UserConsumeCardEvent)
    /// A user paid through a card's pay cell (`user_pay_from_pay_cell`).
    case userPayFromPayCell(CardPayCellEvent)
    /// A user opened a member card (`user_view_card`).
    case userViewCard(CardCodeEvent)
    /// A user entered the account's chat from a card (`user_enter_session_from_card`).
    case userEnterSessionFromCard(CardCodeEvent)
    /// A member card's points or balance changed (`update_member_card`).
    case updateMemberCard(MemberCardUpdateEvent)
    /// A card's stock ran low (`card_sku_remind`).
    case cardSkuRemind(CardStockEvent)
    /// A card coin order changed (`card_pay_order`).
    case cardPayOrder(CardPayOrderEvent)
    /// A user submitted member-card activation details (`submit_membercard_user_info`).
    case submitMemberCardUserInfo(CardCodeEvent)
    /// An authorizer's mini program passed review (`weapp_audit_success`).
    case weappAuditSuccess(WeappAuditSuccessEvent)
    /// An authorizer's mini program failed review (`weapp_audit_fail`).
    case weappAuditFailure(WeappAuditFailureEvent)
    /// An authorizer's mini-program review was delayed (`weapp_audit_delay`).
    case weappAuditDelay(WeappAuditDelayEvent)
    /// A user paid for a gift card (`giftcard_pay_done`).
    case giftCardPayDone(GiftCardOrderEvent)
    /// A user sent a bought gift card to a friend (`giftcard_send_to_friend`).
    case giftCardSendToFriend(GiftCardOrderEvent)
    /// A friend accepted a gift card (`giftcard_user_accept`).
    case giftCardUserAccept(GiftCardOrderEvent)
    /// A sub-merchant's card qualification was reviewed (`card_merchant_check_result`).
    case cardMerchantCheckResult(CardMerchantCheckEvent)
    /// A user authorised invoices for orders (`user_authorize_invoice`).
    case userAuthorizeInvoice(InvoiceAuthorizationEvent)
    /// An invoice's reimbursement state changed (`update_invoice_status`).
    case updateInvoiceStatus(InvoiceStatusEvent)
    /// A user submitted an invoice title (`submit_invoice_title`).
    case submitInvoiceTitle(InvoiceTitleEvent)
    /// A cloud invoice was issued or failed (`cloud_invoice_invoiceresult_event`).
    case cloudInvoiceResult(InvoiceResultEvent)
    /// A store submitted through the POI API was reviewed (`poi_check_notify`).
    case poiCheckNotify(PoiCheckEvent)
    /// A store mini-program's merchant qualification was reviewed (`apply_merchant_audit_info`).
    case applyMerchantAudit(StoreAuditEvent)
    /// A new store was reviewed (`add_store_audit_info`).
    case addStoreAudit(StoreAuditEvent)
    /// A store change was reviewed (`modify_store_audit_info`).
    case modifyStoreAudit(StoreAuditEvent)
    /// A store created on Tencent Maps was reviewed (`create_map_poi_audit_info`).
    case createMapPoiAudit(MapPoiAuditEvent)
    /// A user connected to the account's Wi-Fi (`WifiConnected`).
    case wifiConnected(WifiConnectedEvent)
    /// A user shook their phone near the account's beacons (`ShakearoundUserShake`).
    case shakeAroundUserShake(ShakeAroundUserShakeEvent)
    /// A user won a shake-around red packet (`ShakearoundLotteryBind`).
    case shakeAroundLotteryBind(ShakeAroundLotteryBindEvent)
    /// A user opened a scanned product's page (`user_scan_product`).
    case userScanProduct(ScanProductEvent)
    /// A user entered the chat from a product page (`user_scan_product_enter_session`).
    case userScanProductEnterSession(ScanProductEvent)
    /// WeChat located the user of a product scan (`user_scan_product_async`).
    case userScanProductAsync(ScanProductEvent)
    /// A product page was reviewed (`user_scan_product_verify_action`).
    case userScanProductVerifyAction(ScanProductEvent)
    /// A user followed the account from a product page (`subscribe_scan_product`).
    case subscribeScanProduct(ScanProductSubscribeEvent)
    /// A buyer paid an order in the account's shop (`merchant_order`).
    case merchantOrder(MerchantOrderEvent)
    /// A user scanned a shopping guide's QR code (`guide_qrcode_scan_event`).
    case guideQRCodeScan(GuideQRCodeScanEvent)
    /// An authorizer's mini-program name was reviewed (`wxa_nickname_audit`).
    case nicknameAudit(NicknameAuditEvent)
    /// An authorizer's mini-program category was reviewed (`wxa_category_audit`).
    case categoryAudit(CategoryAuditEvent)
    /// An authorizer's privacy-API request was reviewed (`wxa_privacy_apply`).
    case privacyApply(PrivacyApplyEvent)
    /// An authorizer's appeal against a penalty moved on (`wxa_appeal_record`).
    case appealRecord(AppealRecordEvent)
    /// A trial mini program's verification moved on (`betaapp_verify_event`).
    case betaAppVerify(BetaAppVerifyEvent)
    /// A trial mini program's authorization request moved on (`betaapp_verify_apply_event`).
    case betaAppVerifyApply(BetaAppVerifyEvent)
    /// An event this library does not type, or a typed one missing a required element.
    case unknown(UnknownEvent)

    /// The common header.
    public var header: MessageHeader {
        payload.header
    }

    /// The raw `Event` value exactly as sent (its case may differ from the canonical spelling).
    public var name: String {
        namedPayload.event
    }

    /// The raw `EventKey` for events that carry one (follow, scan, menu events), otherwise `nil`.
    public var eventKey: String? {
        switch self {
        case .subscribe(let event): event.eventKey
        case .unsubscribe(let event): event.eventKey
        case .scan(let event): event.eventKey
        case .click(let event): event.eventKey
        case .view(let event): event.eventKey
        case .viewMiniProgram(let event): event.eventKey
        case .scanCodePush(let event), .scanCodeWaitMessage(let event): event.eventKey
        case .picturesSystemPhoto(let event), .picturesPhotoOrAlbum(let event), .picturesWeixin(let event):
            event.eventKey
        case .locationSelect(let event): event.eventKey
        case .subscribeScanProduct(let event): event.eventKey
        case .unknown(let event): event.eventKey
        default: nil
        }
    }

    /// The typed event inside, as the common protocol.
    public var payload: any InboundPayload {
        namedPayload
    }

    /// The typed event inside, with its raw `Event` value.
    private var namedPayload: any DecodableEvent {
        switch self {
        case .subscribe(let event): event
        case .unsubscribe(let event): event
        case .scan(let event): event
        case .location(let event): event
        case .click(let event): event
        case .view(let event): event
        case .viewMiniProgram(let event): event
        case .scanCodePush(let event), .scanCodeWaitMessage(let event): event
        case .picturesSystemPhoto(let event), .picturesPhotoOrAlbum(let event), .picturesWeixin(let event): event
        case .locationSelect(let event): event
        case .massSendJobFinish(let event): event
        case .templateSendJobFinish(let event): event
        case .publishJobFinish(let event): event
        case .subscribeMessagePopup(let event): event
        case .subscribeMessageChange(let event): event
        case .subscribeMessageSent(let event): event
        case .qualificationVerifySuccess(let event), .namingVerifySuccess(let event), .annualRenew(let event),
            .verifyExpired(let event):
            event
        case .qualificationVerifyFailure(let event), .namingVerifyFailure(let event): event
        case .kfCreateSession(let event), .kfCloseSession(let event): event
        case .kfSwitchSession(let event): event
        case .userInfoModified(let event), .userAuthorizationRevoke(let event),
            .userAuthorizationCancellation(let event):
            event
        case .userEnterTempSession(let event): event
        case .mediaCheck(let event): event
        case .cardPassCheck(let event), .cardNotPassCheck(let event): event
        case .userGetCard(let event): event
        case .userGiftingCard(let event): event
        case .userDeleteCard(let event), .userViewCard(let event), .userEnterSessionFromCard(let event),
            .submitMemberCardUserInfo(let event):
            event
        case .userConsumeCard(let event): event
        case .userPayFromPayCell(let event): event
        case .updateMemberCard(let event): event
        case .cardSkuRemind(let event): event
        case .cardPayOrder(let event): event
        case .weappAuditSuccess(let event): event
        case .weappAuditFailure(let event): event
        case .weappAuditDelay(let event): event
        case .giftCardPayDone(let event), .giftCardSendToFriend(let event), .giftCardUserAccept(let event): event
        case .cardMerchantCheckResult(let event): event
        case .userAuthorizeInvoice(let event): event
        case .updateInvoiceStatus(let event): event
        case .submitInvoiceTitle(let event): event
        case .cloudInvoiceResult(let event): event
        case .poiCheckNotify(let event): event
        case .applyMerchantAudit(let event), .addStoreAudit(let event), .modifyStoreAudit(let event): event
        case .createMapPoiAudit(let event): event
        case .wifiConnected(let event): event
        case .shakeAroundUserShake(let event): event
        case .shakeAroundLotteryBind(let event): event
        case .userScanProduct(let event),
            .userScanProductEnterSession(let event),
            .userScanProductAsync(let event),
            .userScanProductVerifyAction(let event):
            event
        case .subscribeScanProduct(let event): event
        case .merchantOrder(let event): event
        case .guideQRCodeScan(let event): event
        case .nicknameAudit(let event): event
        case .categoryAudit(let event): event
        case .privacyApply(let event): event
        case .appealRecord(let event): event
        case .betaAppVerify(let event), .betaAppVerifyApply(let event): event
        case .unknown(let event): event
        }
    }
}
