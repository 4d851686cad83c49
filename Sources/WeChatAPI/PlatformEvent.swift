/// Something that happened to a platform's (or an account's) credentials, for user code to react to,
/// like wechat-open-toolkit's `EVENT_*`. Descriptions never contain token or ticket values.
public enum PlatformEvent: Sendable, Hashable, CustomStringConvertible {
    /// A `component_verify_ticket` was pushed and stored.
    case verifyTicketReceived(componentAppID: String)
    /// An account authorized the platform; its tokens are stored.
    case authorized(componentAppID: String, authorizerAppID: String)
    /// An account changed the permissions it grants; its tokens are stored anew.
    case authorizationUpdated(componentAppID: String, authorizerAppID: String)
    /// An account withdrew its authorization; its credentials are removed.
    case unauthorized(componentAppID: String, authorizerAppID: String)
    /// A new `component_access_token` was obtained.
    case componentAccessTokenRefreshed(componentAppID: String, credential: StoredCredential)
    /// A new authorizer access token was obtained.
    case authorizerAccessTokenRefreshed(componentAppID: String, authorizerAppID: String, credential: StoredCredential)
    /// A new authorizer JS-SDK ticket was obtained.
    case authorizerJSAPITicketRefreshed(componentAppID: String, authorizerAppID: String, credential: StoredCredential)
    /// A plain Official Account's new access token was obtained.
    case accessTokenRefreshed(appID: String, credential: StoredCredential)
    /// A plain Official Account's new JS-SDK ticket was obtained.
    case jsapiTicketRefreshed(appID: String, credential: StoredCredential)
    /// A local file was uploaded as temporary media for `appID` (its media id is kept until expiry).
    case mediaUploaded(appID: String, fileDigest: String, credential: StoredCredential)

    /// The event's name and appids, without secrets.
    public var description: String {
        switch self {
        case .verifyTicketReceived(let component): "verify ticket received for \(component)"
        case .authorized(let component, let authorizer): "\(authorizer) authorized \(component)"
        case .authorizationUpdated(let component, let authorizer):
            "\(authorizer) updated its authorization of \(component)"
        case .unauthorized(let component, let authorizer): "\(authorizer) unauthorized \(component)"
        case .componentAccessTokenRefreshed(let component, let credential):
            "component access token of \(component) refreshed, \(credential)"
        case .authorizerAccessTokenRefreshed(let component, let authorizer, let credential):
            "authorizer access token of \(authorizer) via \(component) refreshed, \(credential)"
        case .authorizerJSAPITicketRefreshed(let component, let authorizer, let credential):
            "JS-SDK ticket of \(authorizer) via \(component) refreshed, \(credential)"
        case .accessTokenRefreshed(let appID, let credential): "access token of \(appID) refreshed, \(credential)"
        case .jsapiTicketRefreshed(let appID, let credential): "JS-SDK ticket of \(appID) refreshed, \(credential)"
        case .mediaUploaded(let appID, let digest, let credential):
            "file \(digest.prefix(16)) uploaded as media of \(appID), \(credential)"
        }
    }
}
