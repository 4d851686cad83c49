/// The kind of an event, matched against its `Event` value without regard to case (WeChat spells some events
/// in upper case and others in lower case, PROTOCOL.md §3.2).
///
/// Every documented kind has a constant; ``init(named:)`` covers the rest.
public struct EventKind: Sendable, Hashable, CustomStringConvertible {
    /// The `Event` value, lower-cased.
    public let name: String

    /// The kind whose `Event` value is `name`, in any case.
    public init(named name: String) {
        self.name = name.lowercased()
    }

    /// The lower-cased `Event` value.
    public var description: String { name }

    /// Whether `eventName` (as sent) is this kind.
    func matches(_ eventName: String) -> Bool {
        eventName.utf8.count == name.utf8.count
            && zip(eventName.utf8, name.utf8).allSatisfy { sent, own in Self.lowercased(sent) == own }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// `subscribe`: a user followed the account.
    public static let subscribe = EventKind(named: "subscribe")
    /// `unsubscribe`: a user unfollowed the account.
    public static let unsubscribe = EventKind(named: "unsubscribe")
    /// `SCAN`: a follower scanned a parametric QR code.
    public static let scan = EventKind(named: "SCAN")
    /// `LOCATION`: a periodic location report.
    public static let location = EventKind(named: "LOCATION")
    /// `CLICK`: a click menu button.
    public static let click = EventKind(named: "CLICK")
    /// `VIEW`: a link menu button.
    public static let view = EventKind(named: "VIEW")
    /// `view_miniprogram`: a mini-program menu button.
    public static let viewMiniProgram = EventKind(named: "view_miniprogram")
    /// `scancode_push`: a scan-code menu button pushed its result.
    public static let scanCodePush = EventKind(named: "scancode_push")
    /// `scancode_waitmsg`: a scan-code menu button waits for a reply.
    public static let scanCodeWaitMessage = EventKind(named: "scancode_waitmsg")
    /// `pic_sysphoto`: pictures from the system camera.
    public static let picturesSystemPhoto = EventKind(named: "pic_sysphoto")
    /// `pic_photo_or_album`: pictures from the camera or album.
    public static let picturesPhotoOrAlbum = EventKind(named: "pic_photo_or_album")
    /// `pic_weixin`: pictures from WeChat's album.
    public static let picturesWeixin = EventKind(named: "pic_weixin")
    /// `location_select`: a location picked through a menu button.
    public static let locationSelect = EventKind(named: "location_select")
    /// `MASSSENDJOBFINISH`: a broadcast finished.
    public static let massSendJobFinish = EventKind(named: "MASSSENDJOBFINISH")
    /// `TEMPLATESENDJOBFINISH`: a template message finished.
    public static let templateSendJobFinish = EventKind(named: "TEMPLATESENDJOBFINISH")
    /// `PUBLISHJOBFINISH`: a publish job finished.
    public static let publishJobFinish = EventKind(named: "PUBLISHJOBFINISH")
    /// `subscribe_msg_popup_event`: a user answered a subscribe-message pop-up.
    public static let subscribeMessagePopup = EventKind(named: "subscribe_msg_popup_event")
    /// `subscribe_msg_change_event`: a user changed subscribe-message settings.
    public static let subscribeMessageChange = EventKind(named: "subscribe_msg_change_event")
    /// `subscribe_msg_sent_event`: subscribe messages were delivered.
    public static let subscribeMessageSent = EventKind(named: "subscribe_msg_sent_event")
    /// `kf_create_session`: a customer-service agent opened a session.
    public static let customerServiceCreateSession = EventKind(named: "kf_create_session")
    /// `kf_close_session`: a customer-service agent closed a session.
    public static let customerServiceCloseSession = EventKind(named: "kf_close_session")
    /// `kf_switch_session`: a customer-service session moved to another agent.
    public static let customerServiceSwitchSession = EventKind(named: "kf_switch_session")
    /// `user_enter_tempsession`: a user opened a mini-program customer-service session.
    public static let userEnterTempSession = EventKind(named: "user_enter_tempsession")
    /// `weapp_audit_success`: an authorizer's mini program passed review.
    public static let weappAuditSuccess = EventKind(named: "weapp_audit_success")
    /// `weapp_audit_fail`: an authorizer's mini program failed review.
    public static let weappAuditFailure = EventKind(named: "weapp_audit_fail")
}
