/// An event WeChat pushes (`MsgType` `event`), one case per `Event` value of PROTOCOL.md §3.2.
///
/// Events that carry the same fields share a struct (e.g. both `scancode_*` events use `ScanCodeEvent`);
/// the case tells them apart and each struct keeps the raw `Event` value. Unmodelled events arrive as
/// `.unknown` with every raw field.
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
    /// An event this library does not model.
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
        case .unknown(let event): event.eventKey
        default: nil
        }
    }

    /// The typed event inside, as the common protocol.
    public var payload: any InboundPayload {
        namedPayload
    }

    /// The typed event inside, with its raw `Event` value.
    private var namedPayload: any NamedEventPayload {
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
        case .unknown(let event): event
        }
    }
}
