// The one list of typed events: each constant names an `Event` value, the `Event` case its typed payload
// goes into, and the elements without which a document is not that event (it then stays `.unknown`).
// `Event(decoding:header:)` decodes through `Event.decoders` (built from these constants) and WeChatBot's
// `On(.event(.name))` hands a handler the same typed payload. Typing a new event is one constant here, one
// case in `Event`, and, for a new payload shape, a typealias in `Payloads/DocumentPayload+Types.swift` with
// one computed property per element.

extension EventKind where Payload == SubscribeEvent {
    /// `subscribe`: a user followed the account.
    public static var subscribe: Self { Self("subscribe", Event.subscribe) }
}

extension EventKind where Payload == UnsubscribeEvent {
    /// `unsubscribe`: a user unfollowed the account.
    public static var unsubscribe: Self { Self("unsubscribe", Event.unsubscribe) }
}

extension EventKind where Payload == ScanEvent {
    /// `SCAN`: a follower scanned a parametric QR code.
    public static var scan: Self { Self("SCAN", Event.scan) }
}

extension EventKind where Payload == LocationEvent {
    /// `LOCATION`: a periodic location report.
    public static var location: Self { Self("LOCATION", Event.location, requires: ["Latitude", "Longitude"]) }
}

extension EventKind where Payload == ClickEvent {
    /// `CLICK`: a `click` menu button was tapped.
    public static var click: Self { Self("CLICK", Event.click) }
}

extension EventKind where Payload == ViewEvent {
    /// `VIEW`: a `view` menu button was tapped.
    public static var view: Self { Self("VIEW", Event.view) }

    /// `view_miniprogram`: a mini-program menu button was tapped.
    public static var viewMiniProgram: Self { Self("view_miniprogram", Event.viewMiniProgram) }
}

extension EventKind where Payload == ScanCodeEvent {
    /// `scancode_push`: a scan-code menu button pushed its result.
    public static var scanCodePush: Self { Self("scancode_push", Event.scanCodePush, requires: ["ScanCodeInfo"]) }
    /// `scancode_waitmsg`: a scan-code menu button waits for a reply.
    public static var scanCodeWaitMessage: Self {
        Self("scancode_waitmsg", Event.scanCodeWaitMessage, requires: ["ScanCodeInfo"])
    }
}

extension EventKind where Payload == PicturesEvent {
    /// `pic_sysphoto`: pictures taken with the system camera.
    public static var picturesSystemPhoto: Self {
        Self("pic_sysphoto", Event.picturesSystemPhoto, requires: ["SendPicsInfo"])
    }
    /// `pic_photo_or_album`: pictures taken or picked from the album.
    public static var picturesPhotoOrAlbum: Self {
        Self("pic_photo_or_album", Event.picturesPhotoOrAlbum, requires: ["SendPicsInfo"])
    }
    /// `pic_weixin`: pictures picked from WeChat's album.
    public static var picturesWeixin: Self { Self("pic_weixin", Event.picturesWeixin, requires: ["SendPicsInfo"]) }
}

extension EventKind where Payload == LocationSelectEvent {
    /// `location_select`: a location picked through a menu button.
    public static var locationSelect: Self {
        Self("location_select", Event.locationSelect, requires: ["SendLocationInfo"])
    }
}

extension EventKind where Payload == MassSendJobFinishEvent {
    /// `MASSSENDJOBFINISH`: a broadcast finished.
    public static var massSendJobFinish: Self {
        Self("MASSSENDJOBFINISH", Event.massSendJobFinish, requires: ["MsgID"])
    }
}

extension EventKind where Payload == TemplateSendJobFinishEvent {
    /// `TEMPLATESENDJOBFINISH`: a template message finished.
    public static var templateSendJobFinish: Self {
        Self("TEMPLATESENDJOBFINISH", Event.templateSendJobFinish, requires: ["MsgID"])
    }
}

extension EventKind where Payload == PublishJobFinishEvent {
    /// `PUBLISHJOBFINISH`: a publish job finished.
    public static var publishJobFinish: Self {
        Self("PUBLISHJOBFINISH", Event.publishJobFinish, requires: ["PublishEventInfo"])
    }
}

extension EventKind where Payload == SubscribeMessagePopupEvent {
    /// `subscribe_msg_popup_event`: a user answered a subscribe-message pop-up.
    public static var subscribeMessagePopup: Self { Self("subscribe_msg_popup_event", Event.subscribeMessagePopup) }
}

extension EventKind where Payload == SubscribeMessageChangeEvent {
    /// `subscribe_msg_change_event`: a user changed subscribe-message settings.
    public static var subscribeMessageChange: Self { Self("subscribe_msg_change_event", Event.subscribeMessageChange) }
}

extension EventKind where Payload == SubscribeMessageSentEvent {
    /// `subscribe_msg_sent_event`: subscribe messages were delivered.
    public static var subscribeMessageSent: Self { Self("subscribe_msg_sent_event", Event.subscribeMessageSent) }
}

extension EventKind where Payload == VerificationSuccessEvent {
    /// `qualification_verify_success`: qualification verification succeeded.
    public static var qualificationVerifySuccess: Self {
        Self("qualification_verify_success", Event.qualificationVerifySuccess)
    }
    /// `naming_verify_success`: naming verification succeeded.
    public static var namingVerifySuccess: Self { Self("naming_verify_success", Event.namingVerifySuccess) }
    /// `annual_renew`: verification is due for its annual renewal.
    public static var annualRenew: Self { Self("annual_renew", Event.annualRenew) }
    /// `verify_expired`: verification expired.
    public static var verifyExpired: Self { Self("verify_expired", Event.verifyExpired) }
}

extension EventKind where Payload == VerificationFailureEvent {
    /// `qualification_verify_fail`: qualification verification failed.
    public static var qualificationVerifyFailure: Self {
        Self("qualification_verify_fail", Event.qualificationVerifyFailure)
    }
    /// `naming_verify_fail`: naming verification failed.
    public static var namingVerifyFailure: Self { Self("naming_verify_fail", Event.namingVerifyFailure) }
}

extension EventKind where Payload == CustomerServiceSessionEvent {
    /// `kf_create_session`: a customer-service agent opened a session.
    public static var kfCreateSession: Self {
        Self("kf_create_session", Event.kfCreateSession, requires: ["KfAccount"])
    }
    /// `kf_close_session`: a customer-service agent closed a session.
    public static var kfCloseSession: Self { Self("kf_close_session", Event.kfCloseSession, requires: ["KfAccount"]) }
}

extension EventKind where Payload == CustomerServiceSwitchEvent {
    /// `kf_switch_session`: a customer-service session moved to another agent.
    public static var kfSwitchSession: Self {
        Self("kf_switch_session", Event.kfSwitchSession, requires: ["FromKfAccount", "ToKfAccount"])
    }
}

extension EventKind where Payload == UserAuthorizationChangeEvent {
    /// `user_info_modified`: a user changed authorised information.
    public static var userInfoModified: Self {
        Self("user_info_modified", Event.userInfoModified, requires: ["OpenID"])
    }
    /// `user_authorization_revoke`: a user revoked an authorisation.
    public static var userAuthorizationRevoke: Self {
        Self("user_authorization_revoke", Event.userAuthorizationRevoke, requires: ["OpenID"])
    }
    /// `user_authorization_cancellation`: a user cancelled their account's authorisations.
    public static var userAuthorizationCancellation: Self {
        Self("user_authorization_cancellation", Event.userAuthorizationCancellation, requires: ["OpenID"])
    }
}

extension EventKind where Payload == UserEnterTempSessionEvent {
    /// `user_enter_tempsession`: a user opened a mini-program customer-service session.
    public static var userEnterTempSession: Self { Self("user_enter_tempsession", Event.userEnterTempSession) }
}

extension EventKind where Payload == MediaCheckEvent {
    /// `wxa_media_check`: a media security check finished.
    public static var mediaCheck: Self { Self("wxa_media_check", Event.mediaCheck, requires: ["trace_id"]) }
}

extension EventKind where Payload == CardCheckEvent {
    /// `card_pass_check`: a card passed review.
    public static var cardPassCheck: Self { Self("card_pass_check", Event.cardPassCheck, requires: ["CardId"]) }
    /// `card_not_pass_check`: a card failed review.
    public static var cardNotPassCheck: Self {
        Self("card_not_pass_check", Event.cardNotPassCheck, requires: ["CardId"])
    }
}

extension EventKind where Payload == UserGetCardEvent {
    /// `user_get_card`: a user received a card.
    public static var userGetCard: Self {
        Self("user_get_card", Event.userGetCard, requires: ["CardId", "UserCardCode"])
    }
}

extension EventKind where Payload == UserGiftingCardEvent {
    /// `user_gifting_card`: a user gave a card away.
    public static var userGiftingCard: Self {
        Self("user_gifting_card", Event.userGiftingCard, requires: ["CardId", "UserCardCode"])
    }
}

extension EventKind where Payload == CardCodeEvent {
    /// `user_del_card`: a user deleted a card.
    public static var userDeleteCard: Self {
        Self("user_del_card", Event.userDeleteCard, requires: ["CardId", "UserCardCode"])
    }
    /// `user_view_card`: a user opened a member card.
    public static var userViewCard: Self {
        Self("user_view_card", Event.userViewCard, requires: ["CardId", "UserCardCode"])
    }
    /// `user_enter_session_from_card`: a user entered the account's chat from a card.
    public static var userEnterSessionFromCard: Self {
        Self("user_enter_session_from_card", Event.userEnterSessionFromCard, requires: ["CardId", "UserCardCode"])
    }
    /// `submit_membercard_user_info`: a user submitted member-card activation details.
    public static var submitMemberCardUserInfo: Self {
        Self("submit_membercard_user_info", Event.submitMemberCardUserInfo, requires: ["CardId", "UserCardCode"])
    }
}

extension EventKind where Payload == UserConsumeCardEvent {
    /// `user_consume_card`: a card was redeemed.
    public static var userConsumeCard: Self {
        Self("user_consume_card", Event.userConsumeCard, requires: ["CardId", "UserCardCode"])
    }
}

extension EventKind where Payload == CardPayCellEvent {
    /// `user_pay_from_pay_cell`: a user paid through a card's pay cell.
    public static var userPayFromPayCell: Self {
        Self("user_pay_from_pay_cell", Event.userPayFromPayCell, requires: ["CardId", "UserCardCode"])
    }
}

extension EventKind where Payload == MemberCardUpdateEvent {
    /// `update_member_card`: a member card's points or balance changed.
    public static var updateMemberCard: Self {
        Self("update_member_card", Event.updateMemberCard, requires: ["CardId", "UserCardCode"])
    }
}

extension EventKind where Payload == CardStockEvent {
    /// `card_sku_remind`: a card's stock ran low.
    public static var cardSkuRemind: Self { Self("card_sku_remind", Event.cardSkuRemind, requires: ["CardId"]) }
}

extension EventKind where Payload == CardPayOrderEvent {
    /// `card_pay_order`: a card coin order changed.
    public static var cardPayOrder: Self { Self("card_pay_order", Event.cardPayOrder, requires: ["OrderId"]) }
}

extension EventKind where Payload == WeappAuditSuccessEvent {
    /// `weapp_audit_success`: an authorizer's mini program passed review.
    public static var weappAuditSuccess: Self { Self("weapp_audit_success", Event.weappAuditSuccess) }
}

extension EventKind where Payload == WeappAuditFailureEvent {
    /// `weapp_audit_fail`: an authorizer's mini program failed review.
    public static var weappAuditFailure: Self { Self("weapp_audit_fail", Event.weappAuditFailure) }
}

extension EventKind where Payload == WeappAuditDelayEvent {
    /// `weapp_audit_delay`: an authorizer's mini-program review was delayed.
    public static var weappAuditDelay: Self { Self("weapp_audit_delay", Event.weappAuditDelay) }
}

extension EventKind where Payload == GiftCardOrderEvent {
    /// `giftcard_pay_done`: a user paid for a gift card.
    public static var giftCardPayDone: Self { Self("giftcard_pay_done", Event.giftCardPayDone, requires: ["OrderId"]) }
    /// `giftcard_send_to_friend`: a user sent a bought gift card to a friend.
    public static var giftCardSendToFriend: Self {
        Self("giftcard_send_to_friend", Event.giftCardSendToFriend, requires: ["OrderId"])
    }
    /// `giftcard_user_accept`: a friend accepted a gift card.
    public static var giftCardUserAccept: Self {
        Self("giftcard_user_accept", Event.giftCardUserAccept, requires: ["OrderId"])
    }
}

extension EventKind where Payload == CardMerchantCheckEvent {
    /// `card_merchant_check_result`: a sub-merchant's card qualification was reviewed.
    public static var cardMerchantCheckResult: Self {
        Self("card_merchant_check_result", Event.cardMerchantCheckResult, requires: ["MerchantId"])
    }
}

extension EventKind where Payload == InvoiceAuthorizationEvent {
    /// `user_authorize_invoice`: a user authorised invoices for orders.
    public static var userAuthorizeInvoice: Self { Self("user_authorize_invoice", Event.userAuthorizeInvoice) }
}

extension EventKind where Payload == InvoiceStatusEvent {
    /// `update_invoice_status`: an invoice's reimbursement state changed.
    public static var updateInvoiceStatus: Self {
        Self("update_invoice_status", Event.updateInvoiceStatus, requires: ["CardId", "Code"])
    }
}

extension EventKind where Payload == InvoiceTitleEvent {
    /// `submit_invoice_title`: a user submitted an invoice title.
    public static var submitInvoiceTitle: Self {
        Self("submit_invoice_title", Event.submitInvoiceTitle, requires: ["title"])
    }
}

extension EventKind where Payload == InvoiceResultEvent {
    /// `cloud_invoice_invoiceresult_event`: a cloud invoice was issued or failed.
    public static var cloudInvoiceResult: Self {
        Self("cloud_invoice_invoiceresult_event", Event.cloudInvoiceResult, requires: ["fpqqlsh"])
    }
}

extension EventKind where Payload == PoiCheckEvent {
    /// `poi_check_notify`: a store submitted through the POI API was reviewed.
    public static var poiCheckNotify: Self { Self("poi_check_notify", Event.poiCheckNotify, requires: ["PoiId"]) }
}

extension EventKind where Payload == StoreAuditEvent {
    /// `apply_merchant_audit_info`: a store mini-program's merchant qualification was reviewed.
    public static var applyMerchantAudit: Self {
        Self("apply_merchant_audit_info", Event.applyMerchantAudit, requires: ["audit_id"])
    }
    /// `add_store_audit_info`: a new store was reviewed.
    public static var addStoreAudit: Self { Self("add_store_audit_info", Event.addStoreAudit, requires: ["audit_id"]) }
    /// `modify_store_audit_info`: a store change was reviewed.
    public static var modifyStoreAudit: Self {
        Self("modify_store_audit_info", Event.modifyStoreAudit, requires: ["audit_id"])
    }
}

extension EventKind where Payload == MapPoiAuditEvent {
    /// `create_map_poi_audit_info`: a store created on Tencent Maps was reviewed.
    public static var createMapPoiAudit: Self {
        Self("create_map_poi_audit_info", Event.createMapPoiAudit, requires: ["audit_id"])
    }
}

extension EventKind where Payload == WifiConnectedEvent {
    /// `WifiConnected`: a user connected to the account's Wi-Fi.
    public static var wifiConnected: Self { Self("WifiConnected", Event.wifiConnected) }
}

extension EventKind where Payload == ShakeAroundUserShakeEvent {
    /// `ShakearoundUserShake`: a user shook their phone near the account's beacons.
    public static var shakeAroundUserShake: Self {
        Self("ShakearoundUserShake", Event.shakeAroundUserShake, requires: ["ChosenBeacon"])
    }
}

extension EventKind where Payload == ShakeAroundLotteryBindEvent {
    /// `ShakearoundLotteryBind`: a user won a shake-around red packet.
    public static var shakeAroundLotteryBind: Self {
        Self("ShakearoundLotteryBind", Event.shakeAroundLotteryBind, requires: ["LotteryId"])
    }
}

extension EventKind where Payload == ScanProductEvent {
    /// `user_scan_product`: a user opened a scanned product's page.
    public static var userScanProduct: Self {
        Self("user_scan_product", Event.userScanProduct, requires: ["KeyStandard", "KeyStr"])
    }
    /// `user_scan_product_enter_session`: a user entered the chat from a product page.
    public static var userScanProductEnterSession: Self {
        Self("user_scan_product_enter_session", Event.userScanProductEnterSession, requires: ["KeyStandard", "KeyStr"])
    }
    /// `user_scan_product_async`: weChat located the user of a product scan.
    public static var userScanProductAsync: Self {
        Self("user_scan_product_async", Event.userScanProductAsync, requires: ["KeyStandard", "KeyStr"])
    }
    /// `user_scan_product_verify_action`: a product page was reviewed.
    public static var userScanProductVerifyAction: Self {
        Self("user_scan_product_verify_action", Event.userScanProductVerifyAction, requires: ["KeyStandard", "KeyStr"])
    }
}

extension EventKind where Payload == ScanProductSubscribeEvent {
    /// `subscribe_scan_product`: a user followed the account from a product page.
    public static var subscribeScanProduct: Self {
        Self("subscribe_scan_product", Event.subscribeScanProduct, requires: ["EventKey"])
    }
}

extension EventKind where Payload == MerchantOrderEvent {
    /// `merchant_order`: a buyer paid an order in the account's shop.
    public static var merchantOrder: Self { Self("merchant_order", Event.merchantOrder, requires: ["OrderId"]) }
}

extension EventKind where Payload == GuideQRCodeScanEvent {
    /// `guide_qrcode_scan_event`: a user scanned a shopping guide's QR code.
    public static var guideQRCodeScan: Self {
        Self("guide_qrcode_scan_event", Event.guideQRCodeScan, requires: ["GuideScanEvent"])
    }
}

extension EventKind where Payload == NicknameAuditEvent {
    /// `wxa_nickname_audit`: an authorizer's mini-program name was reviewed.
    public static var nicknameAudit: Self { Self("wxa_nickname_audit", Event.nicknameAudit, requires: ["ret"]) }
}

extension EventKind where Payload == CategoryAuditEvent {
    /// `wxa_category_audit`: an authorizer's mini-program category was reviewed.
    public static var categoryAudit: Self { Self("wxa_category_audit", Event.categoryAudit, requires: ["ret"]) }
}

extension EventKind where Payload == PrivacyApplyEvent {
    /// `wxa_privacy_apply`: an authorizer's privacy-API request was reviewed.
    public static var privacyApply: Self { Self("wxa_privacy_apply", Event.privacyApply, requires: ["result_info"]) }
}

extension EventKind where Payload == AppealRecordEvent {
    /// `wxa_appeal_record`: an authorizer's appeal against a penalty moved on.
    public static var appealRecord: Self {
        Self("wxa_appeal_record", Event.appealRecord, requires: ["appeal_record_id"])
    }
}

extension EventKind where Payload == BetaAppVerifyEvent {
    /// `betaapp_verify_event`: a trial mini program's verification moved on.
    public static var betaAppVerify: Self {
        Self("betaapp_verify_event", Event.betaAppVerify, requires: ["ApplyAuthorizationInfoNoitfy"])
    }
    /// `betaapp_verify_apply_event`: a trial mini program's authorization request moved on.
    public static var betaAppVerifyApply: Self {
        Self("betaapp_verify_apply_event", Event.betaAppVerifyApply, requires: ["ApplyAuthorizationInfoNoitfy"])
    }
}

extension Event {
    /// Decoders of every typed event, by lower-cased `Event` value.
    static let decoders: [String: EventDecoder] = Dictionary(
        uniqueKeysWithValues: catalog.map { ($0.name, $0) }
    )

    /// Every ``EventKind`` constant above, type-erased.
    static let catalog: [EventDecoder] = [
        EventDecoder(.subscribe),
        EventDecoder(.unsubscribe),
        EventDecoder(.scan),
        EventDecoder(.location),
        EventDecoder(.click),
        EventDecoder(.view),
        EventDecoder(.viewMiniProgram),
        EventDecoder(.scanCodePush),
        EventDecoder(.scanCodeWaitMessage),
        EventDecoder(.picturesSystemPhoto),
        EventDecoder(.picturesPhotoOrAlbum),
        EventDecoder(.picturesWeixin),
        EventDecoder(.locationSelect),
        EventDecoder(.massSendJobFinish),
        EventDecoder(.templateSendJobFinish),
        EventDecoder(.publishJobFinish),
        EventDecoder(.subscribeMessagePopup),
        EventDecoder(.subscribeMessageChange),
        EventDecoder(.subscribeMessageSent),
        EventDecoder(.qualificationVerifySuccess),
        EventDecoder(.qualificationVerifyFailure),
        EventDecoder(.namingVerifySuccess),
        EventDecoder(.namingVerifyFailure),
        EventDecoder(.annualRenew),
        EventDecoder(.verifyExpired),
        EventDecoder(.kfCreateSession),
        EventDecoder(.kfCloseSession),
        EventDecoder(.kfSwitchSession),
        EventDecoder(.userInfoModified),
        EventDecoder(.userAuthorizationRevoke),
        EventDecoder(.userAuthorizationCancellation),
        EventDecoder(.userEnterTempSession),
        EventDecoder(.mediaCheck),
        EventDecoder(.cardPassCheck),
        EventDecoder(.cardNotPassCheck),
        EventDecoder(.userGetCard),
        EventDecoder(.userGiftingCard),
        EventDecoder(.userDeleteCard),
        EventDecoder(.userConsumeCard),
        EventDecoder(.userPayFromPayCell),
        EventDecoder(.userViewCard),
        EventDecoder(.userEnterSessionFromCard),
        EventDecoder(.updateMemberCard),
        EventDecoder(.cardSkuRemind),
        EventDecoder(.cardPayOrder),
        EventDecoder(.submitMemberCardUserInfo),
        EventDecoder(.weappAuditSuccess),
        EventDecoder(.weappAuditFailure),
        EventDecoder(.weappAuditDelay),
        EventDecoder(.giftCardPayDone),
        EventDecoder(.giftCardSendToFriend),
        EventDecoder(.giftCardUserAccept),
        EventDecoder(.cardMerchantCheckResult),
        EventDecoder(.userAuthorizeInvoice),
        EventDecoder(.updateInvoiceStatus),
        EventDecoder(.submitInvoiceTitle),
        EventDecoder(.cloudInvoiceResult),
        EventDecoder(.poiCheckNotify),
        EventDecoder(.applyMerchantAudit),
        EventDecoder(.addStoreAudit),
        EventDecoder(.modifyStoreAudit),
        EventDecoder(.createMapPoiAudit),
        EventDecoder(.wifiConnected),
        EventDecoder(.shakeAroundUserShake),
        EventDecoder(.shakeAroundLotteryBind),
        EventDecoder(.userScanProduct),
        EventDecoder(.userScanProductEnterSession),
        EventDecoder(.userScanProductAsync),
        EventDecoder(.userScanProductVerifyAction),
        EventDecoder(.subscribeScanProduct),
        EventDecoder(.merchantOrder),
        EventDecoder(.guideQRCodeScan),
        EventDecoder(.nicknameAudit),
        EventDecoder(.categoryAudit),
        EventDecoder(.privacyApply),
        EventDecoder(.appealRecord),
        EventDecoder(.betaAppVerify),
        EventDecoder(.betaAppVerifyApply),
    ]
}
