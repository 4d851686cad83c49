extension Event {
    /// Builds the typed event of a decoded `MsgType` `event` document; `Event` is matched case-insensitively and
    /// unknown (or absent) values become `.unknown` with every raw field.
    init(decoding tree: XMLTree, header: MessageHeader) {
        let name = tree["Event"] ?? ""
        switch name.lowercased() {
        case "subscribe":
            self = .subscribe(SubscribeEvent(decoding: tree, header: header, event: name))
        case "unsubscribe":
            self = .unsubscribe(UnsubscribeEvent(decoding: tree, header: header, event: name))
        case "scan":
            self = .scan(ScanEvent(decoding: tree, header: header, event: name))
        case "location":
            self = .location(LocationEvent(decoding: tree, header: header, event: name))
        case "click":
            self = .click(ClickEvent(decoding: tree, header: header, event: name))
        case "view":
            self = .view(ViewEvent(decoding: tree, header: header, event: name))
        case "view_miniprogram":
            self = .viewMiniProgram(ViewMiniProgramEvent(decoding: tree, header: header, event: name))
        case "scancode_push":
            self = .scanCodePush(ScanCodeEvent(decoding: tree, header: header, event: name))
        case "scancode_waitmsg":
            self = .scanCodeWaitMessage(ScanCodeEvent(decoding: tree, header: header, event: name))
        case "pic_sysphoto":
            self = .picturesSystemPhoto(PicturesEvent(decoding: tree, header: header, event: name))
        case "pic_photo_or_album":
            self = .picturesPhotoOrAlbum(PicturesEvent(decoding: tree, header: header, event: name))
        case "pic_weixin":
            self = .picturesWeixin(PicturesEvent(decoding: tree, header: header, event: name))
        case "location_select":
            self = .locationSelect(LocationSelectEvent(decoding: tree, header: header, event: name))
        case "masssendjobfinish":
            self = .massSendJobFinish(MassSendJobFinishEvent(decoding: tree, header: header, event: name))
        case "templatesendjobfinish":
            self = .templateSendJobFinish(TemplateSendJobFinishEvent(decoding: tree, header: header, event: name))
        case "publishjobfinish":
            self = .publishJobFinish(PublishJobFinishEvent(decoding: tree, header: header, event: name))
        case "subscribe_msg_popup_event":
            self = .subscribeMessagePopup(SubscribeMessagePopupEvent(decoding: tree, header: header, event: name))
        case "subscribe_msg_change_event":
            self = .subscribeMessageChange(SubscribeMessageChangeEvent(decoding: tree, header: header, event: name))
        case "subscribe_msg_sent_event":
            self = .subscribeMessageSent(SubscribeMessageSentEvent(decoding: tree, header: header, event: name))
        case "qualification_verify_success":
            self = .qualificationVerifySuccess(VerificationSuccessEvent(decoding: tree, header: header, event: name))
        case "qualification_verify_fail":
            self = .qualificationVerifyFailure(VerificationFailureEvent(decoding: tree, header: header, event: name))
        case "naming_verify_success":
            self = .namingVerifySuccess(VerificationSuccessEvent(decoding: tree, header: header, event: name))
        case "naming_verify_fail":
            self = .namingVerifyFailure(VerificationFailureEvent(decoding: tree, header: header, event: name))
        case "annual_renew":
            self = .annualRenew(VerificationSuccessEvent(decoding: tree, header: header, event: name))
        case "verify_expired":
            self = .verifyExpired(VerificationSuccessEvent(decoding: tree, header: header, event: name))
        case "kf_create_session":
            self = .kfCreateSession(CustomerServiceSessionEvent(decoding: tree, header: header, event: name))
        case "kf_close_session":
            self = .kfCloseSession(CustomerServiceSessionEvent(decoding: tree, header: header, event: name))
        case "kf_switch_session":
            self = .kfSwitchSession(CustomerServiceSwitchEvent(decoding: tree, header: header, event: name))
        case "user_info_modified":
            self = .userInfoModified(UserAuthorizationChangeEvent(decoding: tree, header: header, event: name))
        case "user_authorization_revoke":
            self = .userAuthorizationRevoke(UserAuthorizationChangeEvent(decoding: tree, header: header, event: name))
        case "user_authorization_cancellation":
            self = .userAuthorizationCancellation(
                UserAuthorizationChangeEvent(decoding: tree, header: header, event: name)
            )
        case "user_enter_tempsession":
            self = .userEnterTempSession(UserEnterTempSessionEvent(decoding: tree, header: header, event: name))
        case "wxa_media_check":
            self = .mediaCheck(MediaCheckEvent(decoding: tree, header: header, event: name))
        case "card_pass_check":
            self = .cardPassCheck(CardCheckEvent(decoding: tree, header: header, event: name))
        case "card_not_pass_check":
            self = .cardNotPassCheck(CardCheckEvent(decoding: tree, header: header, event: name))
        case "user_get_card":
            self = .userGetCard(UserGetCardEvent(decoding: tree, header: header, event: name))
        case "user_gifting_card":
            self = .userGiftingCard(UserGiftingCardEvent(decoding: tree, header: header, event: name))
        case "user_del_card":
            self = .userDeleteCard(CardCodeEvent(decoding: tree, header: header, event: name))
        case "user_consume_card":
            self = .userConsumeCard(UserConsumeCardEvent(decoding: tree, header: header, event: name))
        case "user_pay_from_pay_cell":
            self = .userPayFromPayCell(CardPayCellEvent(decoding: tree, header: header, event: name))
        case "user_view_card":
            self = .userViewCard(CardCodeEvent(decoding: tree, header: header, event: name))
        case "user_enter_session_from_card":
            self = .userEnterSessionFromCard(CardCodeEvent(decoding: tree, header: header, event: name))
        case "update_member_card":
            self = .updateMemberCard(MemberCardUpdateEvent(decoding: tree, header: header, event: name))
        case "card_sku_remind":
            self = .cardSkuRemind(CardStockEvent(decoding: tree, header: header, event: name))
        case "card_pay_order":
            self = .cardPayOrder(CardPayOrderEvent(decoding: tree, header: header, event: name))
        case "submit_membercard_user_info":
            self = .submitMemberCardUserInfo(CardCodeEvent(decoding: tree, header: header, event: name))
        case "weapp_audit_success":
            self = .weappAuditSuccess(WeappAuditSuccessEvent(decoding: tree, header: header, event: name))
        case "weapp_audit_fail":
            self = .weappAuditFailure(WeappAuditFailureEvent(decoding: tree, header: header, event: name))
        case "weapp_audit_delay":
            self = .weappAuditDelay(WeappAuditDelayEvent(decoding: tree, header: header, event: name))
        default: self = .unknown(UnknownEvent(header: header, event: name, eventKey: tree["EventKey"], raw: tree))
        }
    }
}
