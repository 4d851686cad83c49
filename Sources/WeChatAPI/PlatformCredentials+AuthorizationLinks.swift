extension PlatformCredentials {
    /// The link an account owner opens to authorize `componentAppID` (see
    /// ``ComponentAPI/authorizationURL(preAuthCode:redirect:authType:bizAppID:mobile:)``), made with a pre-auth
    /// code that is reused while more than ``Configuration/preAuthCodeMargin`` of its validity is left: the
    /// authorization page is public, and one `api_create_preauthcode` call per visit would let anyone spend
    /// the platform's daily quota.
    public func authorizationURL(
        componentAppID: String, redirect: String, authType: ComponentAPI.AuthType? = .all, bizAppID: String? = nil,
        mobile: Bool = false
    ) async throws -> String {
        let api = try componentAPI(componentAppID)
        let code = try await preAuthCodes.code(for: componentAppID) { try await api.preAuthCode() }
        return api.authorizationURL(
            preAuthCode: code, redirect: redirect, authType: authType, bizAppID: bizAppID, mobile: mobile)
    }

    /// Whether `code` has the shape of WeChat's authorization codes (`queryauthcode@@@…`: 20 to 256 letters,
    /// digits and `@ _ - . ~ = + / :`), so an `auth_code` that cannot be one is refused without spending a call.
    /// Loose on purpose: only WeChat can tell a real code, this only keeps junk from reaching it.
    public static func isPlausibleAuthorizationCode(_ code: String) -> Bool {
        (20...256).contains(code.utf8.count)
            && code.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "@_-.~=+/:".unicodeScalars.contains($0)
            }
    }
}
