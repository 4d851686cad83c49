extension ComponentAPI {
    /// Which accounts the authorization page offers (`auth_type`, §6.4).
    public struct AuthType: Sendable, Hashable, RawRepresentable {
        /// Official Accounts only.
        public static let officialAccounts = AuthType(rawValue: 1)
        /// Mini programs only.
        public static let miniPrograms = AuthType(rawValue: 2)
        /// Both (WeChat's default).
        public static let all = AuthType(rawValue: 3)

        /// The number WeChat expects (newer types exist beyond 3).
        public var rawValue: Int

        /// Any `auth_type` number.
        public init(rawValue: Int) {
            self.rawValue = rawValue
        }
    }

    /// Web OAuth scopes (§6.7).
    public enum OAuthScope: String, Sendable {
        /// `snsapi_base`: silent, openid only.
        case base = "snsapi_base"
        /// `snsapi_userinfo`: asks the user, allows `sns/userinfo`.
        case userInfo = "snsapi_userinfo"
    }

    /// The link an account owner opens to authorize this platform (§6.4).
    ///
    /// PC form (QR page): `biz_appid` replaces `auth_type` when given, as the two exclude each other.
    /// Mobile form (inside WeChat): both may be given, and it ends in `#wechat_redirect`. Serve it from
    /// a page on the platform's configured domain: WeChat checks the referrer.
    public func authorizationURL(
        preAuthCode: String, redirect: String, authType: AuthType? = .all, bizAppID: String? = nil, mobile: Bool = false
    ) -> String {
        var query = [("component_appid", componentAppID), ("pre_auth_code", preAuthCode), ("redirect_uri", redirect)]
        if mobile {
            query.insert(contentsOf: [("action", "bindcomponent"), ("no_scan", "1")], at: 0)
            if let authType { query.append(("auth_type", String(authType.rawValue))) }
            if let bizAppID { query.append(("biz_appid", bizAppID)) }
            return client.configuration.mobileAuthorizationPage + QueryString.encode(query) + "#wechat_redirect"
        }
        if let bizAppID {
            query.append(("biz_appid", bizAppID))
        } else if let authType {
            query.append(("auth_type", String(authType.rawValue)))
        }
        return client.configuration.pcAuthorizationPage + QueryString.encode(query)
    }

    /// Creates a pre-auth code and returns the authorization link built from it.
    public func authorizationURL(
        redirect: String, authType: AuthType? = .all, bizAppID: String? = nil, mobile: Bool = false
    ) async throws -> String {
        let code = try await preAuthCode()
        return authorizationURL(
            preAuthCode: code.code, redirect: redirect, authType: authType, bizAppID: bizAppID, mobile: mobile)
    }

    /// The web OAuth link that asks a user of `authorizerAppID` for a code on this platform's behalf
    /// (§6.7 step 1, parameters in WeChat's order; an empty `state` is left out).
    public func oauthAuthorizeURL(
        authorizerAppID: String, redirect: String, scope: OAuthScope = .base, state: String = ""
    ) -> String {
        var query = [
            ("appid", authorizerAppID), ("redirect_uri", redirect), ("response_type", "code"),
            ("scope", scope.rawValue),
        ]
        if !state.isEmpty { query.append(("state", state)) }
        query.append(("component_appid", componentAppID))
        return client.configuration.oauthAuthorizePage + QueryString.encode(query) + "#wechat_redirect"
    }
}
