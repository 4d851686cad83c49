extension AccountCredentials {
    /// The web OAuth link that asks a user of this account for a code
    /// (https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html, step 1;
    /// parameters in WeChat's order, an empty `state` left out).
    public func oauthAuthorizeURL(redirect: String, scope: ComponentAPI.OAuthScope = .base, state: String = "") -> String {
        var query = [
            ("appid", configuration.appID), ("redirect_uri", redirect), ("response_type", "code"), ("scope", scope.rawValue),
        ]
        if !state.isEmpty { query.append(("state", state)) }
        return client.configuration.oauthAuthorizePage + QueryString.encode(query) + "#wechat_redirect"
    }

    /// `sns/oauth2/access_token`: exchanges a web OAuth `code` for the user's token (step 2), with the
    /// account's AppSecret. Each code works once.
    public func oauthAccessToken(code: String) async throws -> OAuthAccessToken {
        try await client.call(
            .get, "sns/oauth2/access_token",
            query: [
                ("appid", configuration.appID), ("secret", configuration.secret), ("code", code),
                ("grant_type", "authorization_code"),
            ])
    }

    /// `sns/oauth2/refresh_token`: renews a user's web OAuth token (valid 30 days).
    public func refreshOAuthAccessToken(refreshToken: String) async throws -> OAuthAccessToken {
        try await client.call(
            .get, "sns/oauth2/refresh_token",
            query: [
                ("appid", configuration.appID), ("grant_type", "refresh_token"), ("refresh_token", refreshToken),
            ])
    }

    /// The whole login: the token for `code` and, when the user granted `snsapi_userinfo`, their profile.
    public func oauthLogin(code: String) async throws -> (token: OAuthAccessToken, profile: OAuthUserInfo?) {
        let token = try await oauthAccessToken(code: code)
        guard token.scope.contains(ComponentAPI.OAuthScope.userInfo.rawValue) else { return (token, nil) }
        return (token, try await client.oauthUserInfo(accessToken: token.accessToken, openID: token.openID))
    }
}
