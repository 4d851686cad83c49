extension WeChatAPIClient {
    /// `GET cgi-bin/token`: an Official Account's access token from its appid and secret (the classic
    /// endpoint; each call invalidates the previous token, prefer ``stableAccessToken(appID:secret:forceRefresh:)``).
    public func accessToken(appID: String, secret: String) async throws -> AccessTokenGrant {
        try await call(
            .get, "cgi-bin/token", query: [("grant_type", "client_credential"), ("appid", appID), ("secret", secret)])
    }

    /// `POST cgi-bin/stable_token`: an Official Account's access token that stays the same until it
    /// expires; `forceRefresh` asks for a new one (limited per day).
    public func stableAccessToken(appID: String, secret: String, forceRefresh: Bool = false) async throws
        -> AccessTokenGrant
    {
        try await call(
            .post, "cgi-bin/stable_token",
            body: StableTokenRequest(appID: appID, secret: secret, forceRefresh: forceRefresh))
    }

    /// `POST cgi-bin/component/api_component_token`: a platform's token from its secret and the latest
    /// `component_verify_ticket`.
    public func componentAccessToken(
        componentAppID: String, secret: String, verifyTicket: String
    ) async throws -> ComponentAccessTokenGrant {
        try await call(
            .post, "cgi-bin/component/api_component_token",
            body: [
                "component_appid": componentAppID, "component_appsecret": secret,
                "component_verify_ticket": verifyTicket,
            ])
    }

    /// `POST cgi-bin/component/api_start_push_ticket`: asks WeChat to push a `component_verify_ticket` now.
    public func startPushTicket(componentAppID: String, secret: String) async throws {
        try await acknowledge(
            .post, "cgi-bin/component/api_start_push_ticket",
            body: [
                "component_appid": componentAppID, "component_secret": secret,
            ])
    }

    /// `POST cgi-bin/component/clear_quota/v2`: resets an app's API call quota with its secret.
    public func clearQuotaV2(appID: String, componentAppID: String, secret: String) async throws {
        try await acknowledge(
            .post, "cgi-bin/component/clear_quota/v2",
            body: [
                "appid": appID, "component_appid": componentAppID, "appsecret": secret,
            ])
    }

    /// `GET sns/userinfo`: a user's profile with their web OAuth token (scope `snsapi_userinfo`).
    public func oauthUserInfo(accessToken: String, openID: String, language: String = "zh_CN") async throws
        -> OAuthUserInfo
    {
        try await call(
            .get, "sns/userinfo", query: [("access_token", accessToken), ("openid", openID), ("lang", language)])
    }

    /// Calls an endpoint whose success answer is just `{"errcode":0,"errmsg":"ok"}`.
    func acknowledge(_ method: WeChatAPIRequest.Method, _ path: String, query: [(String, String)] = [], body: any Encodable)
        async throws
    {
        _ = try await call(method, path, query: query, body: body, as: WeChatAPIStatus.self)
    }
}

/// The body of `cgi-bin/stable_token`.
private struct StableTokenRequest: Encodable {
    var grantType = "client_credential"
    var appID: String
    var secret: String
    var forceRefresh: Bool

    enum CodingKeys: String, CodingKey {
        case grantType = "grant_type"
        case appID = "appid"
        case secret
        case forceRefresh = "force_refresh"
    }
}
