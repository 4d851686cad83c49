/// A notice pushed to a third-party platform's authorization-event URL
/// (https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/authorize_event.html): it has an
/// `InfoType` instead of a `MsgType`. Always answer these with the plain string `success`.
///
/// Unknown `InfoType`s, and known ones missing an element they cannot do without, are not an error: they
/// arrive as `.unknown` with every raw field.
public enum ComponentNotice: Sendable, Hashable {
    /// The ticket WeChat pushes every 10 minutes (`component_verify_ticket`).
    case verifyTicket(ComponentVerifyTicket)
    /// An account authorised the platform (`authorized`).
    case authorized(AuthorizationNotice)
    /// An account changed the permissions it grants (`updateauthorized`).
    case updateAuthorized(AuthorizationNotice)
    /// An account withdrew its authorization (`unauthorized`).
    case unauthorized(UnauthorizationNotice)
    /// A mini program registered through the platform (`notify_third_fasteregister`), company or personal.
    case fastRegistration(FastRegistrationNotice)
    /// A trial mini program was created, or creating it failed (`notify_third_fastregisterbetaapp`).
    case fastRegistrationBetaApp(FastRegistrationNotice)
    /// A trial mini program was verified, or verifying it failed (`notify_third_fastverifybetaapp`).
    case fastVerificationBetaApp(FastRegistrationNotice)
    /// An authorizer mini program's WeChat verification moved on (`notify_3rd_wxa_auth`).
    case miniProgramVerification(MiniProgramVerificationNotice)
    /// An authorizer mini program's annual verification is due or lapsed (`notify_3rd_wxa_wxverify`).
    case miniProgramVerificationReminder(MiniProgramVerificationNotice)
    /// A notice this library does not model.
    case unknown(UnknownComponentNotice)

    /// The platform's appid (`AppId`).
    public var componentAppID: String {
        switch self {
        case .verifyTicket(let notice): notice.componentAppID
        case .authorized(let notice), .updateAuthorized(let notice): notice.componentAppID
        case .unauthorized(let notice): notice.componentAppID
        case .fastRegistration(let notice), .fastRegistrationBetaApp(let notice), .fastVerificationBetaApp(let notice):
            notice.componentAppID
        case .miniProgramVerification(let notice), .miniProgramVerificationReminder(let notice): notice.componentAppID
        case .unknown(let notice): notice.componentAppID
        }
    }

    /// When WeChat sent the notice (`CreateTime`, Unix seconds).
    public var createTime: Int64? {
        switch self {
        case .verifyTicket(let notice): notice.createTime
        case .authorized(let notice), .updateAuthorized(let notice): notice.createTime
        case .unauthorized(let notice): notice.createTime
        case .fastRegistration(let notice), .fastRegistrationBetaApp(let notice), .fastVerificationBetaApp(let notice):
            notice.createTime
        case .miniProgramVerification(let notice), .miniProgramVerificationReminder(let notice): notice.createTime
        case .unknown(let notice): notice.createTime
        }
    }

    /// The raw `InfoType` exactly as sent.
    public var infoType: String {
        switch self {
        case .verifyTicket(let notice): notice.infoType
        case .authorized(let notice), .updateAuthorized(let notice): notice.infoType
        case .unauthorized(let notice): notice.infoType
        case .fastRegistration(let notice), .fastRegistrationBetaApp(let notice), .fastVerificationBetaApp(let notice):
            notice.infoType
        case .miniProgramVerification(let notice), .miniProgramVerificationReminder(let notice): notice.infoType
        case .unknown(let notice): notice.infoType
        }
    }
}
