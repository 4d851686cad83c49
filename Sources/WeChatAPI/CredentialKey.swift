/// What a credential is and whose it is.
///
/// The ``storageKey`` string form (e.g. `component_access_token:wx123`) is the key every
/// ``CredentialStore`` files the credential under; ``init(storageKey:)`` reads it back.
/// WeChat appids never contain `:`, the separator.
public enum CredentialKey: Sendable, Hashable {
    /// The latest `component_verify_ticket` pushed for a third-party platform.
    case componentVerifyTicket(componentAppID: String)
    /// The `component_access_token` of a third-party platform.
    case componentAccessToken(componentAppID: String)
    /// The `authorizer_access_token` a platform holds for an authorized account.
    case authorizerAccessToken(componentAppID: String, authorizerAppID: String)
    /// The long-lived `authorizer_refresh_token` (no expiry while the authorization lasts).
    case authorizerRefreshToken(componentAppID: String, authorizerAppID: String)
    /// The JS-SDK `jsapi_ticket` of an authorized account.
    case authorizerJSAPITicket(componentAppID: String, authorizerAppID: String)
    /// The `access_token` of a plain Official Account (appid + secret).
    case accessToken(appID: String)
    /// The JS-SDK `jsapi_ticket` of a plain Official Account.
    case jsapiTicket(appID: String)
    /// The media id of a local file uploaded as temporary media for an account, by the file's content
    /// digest and media type (kept until WeChat's three-day expiry).
    case uploadedMedia(appID: String, fileDigest: String)

    /// The storage key: the credential kind and its owner appids, joined by `:`.
    public var storageKey: String {
        switch self {
        case .componentVerifyTicket(let component): "component_verify_ticket:\(component)"
        case .componentAccessToken(let component): "component_access_token:\(component)"
        case .authorizerAccessToken(let component, let authorizer):
            "authorizer_access_token:\(component):\(authorizer)"
        case .authorizerRefreshToken(let component, let authorizer):
            "authorizer_refresh_token:\(component):\(authorizer)"
        case .authorizerJSAPITicket(let component, let authorizer):
            "authorizer_jsapi_ticket:\(component):\(authorizer)"
        case .accessToken(let appID): "access_token:\(appID)"
        case .jsapiTicket(let appID): "jsapi_ticket:\(appID)"
        case .uploadedMedia(let appID, let digest): "uploaded_media:\(appID):\(digest)"
        }
    }

    /// Reads a ``storageKey`` back; `nil` for anything that is not exactly one.
    public init?(storageKey: String) {
        let parts = storageKey.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.dropFirst().allSatisfy({ !$0.isEmpty }) else { return nil }
        switch (parts[0], parts.count) {
        case ("component_verify_ticket", 2): self = .componentVerifyTicket(componentAppID: parts[1])
        case ("component_access_token", 2): self = .componentAccessToken(componentAppID: parts[1])
        case ("authorizer_access_token", 3):
            self = .authorizerAccessToken(componentAppID: parts[1], authorizerAppID: parts[2])
        case ("authorizer_refresh_token", 3):
            self = .authorizerRefreshToken(componentAppID: parts[1], authorizerAppID: parts[2])
        case ("authorizer_jsapi_ticket", 3):
            self = .authorizerJSAPITicket(componentAppID: parts[1], authorizerAppID: parts[2])
        case ("access_token", 2): self = .accessToken(appID: parts[1])
        case ("jsapi_ticket", 2): self = .jsapiTicket(appID: parts[1])
        case ("uploaded_media", 3): self = .uploadedMedia(appID: parts[1], fileDigest: parts[2])
        default: return nil
        }
    }

    /// The prefix shared by the storage keys of every authorizer refresh token of one platform,
    /// so SQL stores can answer ``CredentialStore/authorizers(of:)`` with a prefix match.
    public static func authorizerRefreshTokenPrefix(componentAppID: String) -> String {
        "authorizer_refresh_token:\(componentAppID):"
    }
}
