/// The APIs of one third-party platform (component) that take its `component_access_token`
/// (https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/token/component_access_token.html). A refused token is refreshed once and the call retried once.
public struct ComponentAPI: Sendable {
    /// The client calls go through.
    public let client: WeChatAPIClient
    /// The platform's appid.
    public let componentAppID: String
    let token: any AccessTokenProvider

    /// The APIs of `componentAppID`, authenticated by `token`.
    public init(client: WeChatAPIClient, componentAppID: String, token: any AccessTokenProvider) {
        self.client = client
        self.componentAppID = componentAppID
        self.token = token
    }

    /// `api_create_preauthcode`: a one-time code for an authorization link.
    public func preAuthCode() async throws -> PreAuthCode {
        try await post("api_create_preauthcode", body: ["component_appid": componentAppID])
    }

    /// `api_query_auth`: exchanges an authorization code for the authorizer's tokens. Any answer of WeChat's
    /// with an `errcode` (even `-1`) is final: a refused code is not sent again (only broken connections and
    /// HTTP 5xx are retried), so a junk code costs one call of the daily quota.
    public func queryAuth(authorizationCode: String) async throws -> AuthorizationInfo {
        let response: AuthorizationResponse = try await post(
            "api_query_auth",
            body: [
                "component_appid": componentAppID, "authorization_code": authorizationCode,
            ],
            retriesBusy: false)
        return response.authorizationInfo
    }

    /// `api_authorizer_token`: a new authorizer access token from its refresh token.
    public func authorizerToken(authorizerAppID: String, refreshToken: String) async throws -> AuthorizerTokenGrant {
        try await post(
            "api_authorizer_token",
            body: [
                "component_appid": componentAppID, "authorizer_appid": authorizerAppID,
                "authorizer_refresh_token": refreshToken,
            ])
    }

    /// `api_get_authorizer_info`: an authorizer's profile and grant.
    public func authorizerDetails(authorizerAppID: String) async throws -> AuthorizerDetails {
        try await post(
            "api_get_authorizer_info",
            body: [
                "component_appid": componentAppID, "authorizer_appid": authorizerAppID,
            ])
    }

    /// `api_get_authorizer_list`: one page of authorizers (`count` at most 500).
    public func authorizerList(offset: Int = 0, count: Int = 100) async throws -> AuthorizerList {
        try await post(
            "api_get_authorizer_list",
            body: AuthorizerListRequest(
                componentAppID: componentAppID, offset: offset, count: min(max(count, 1), 500)
            ))
    }

    /// `api_get_authorizer_option`: one option of an authorizer.
    public func authorizerOption(authorizerAppID: String, name: AuthorizerOption.Name) async throws -> AuthorizerOption
    {
        try await post(
            "api_get_authorizer_option",
            body: [
                "component_appid": componentAppID, "authorizer_appid": authorizerAppID, "option_name": name.rawValue,
            ])
    }

    /// `api_set_authorizer_option`: sets one option of an authorizer (values are strings like `"1"`).
    public func setAuthorizerOption(authorizerAppID: String, name: AuthorizerOption.Name, value: String) async throws {
        let _: WeChatAPIStatus = try await post(
            "api_set_authorizer_option",
            body: [
                "component_appid": componentAppID, "authorizer_appid": authorizerAppID,
                "option_name": name.rawValue, "option_value": value,
            ])
    }

    /// `clear_quota`: resets the platform's own API call quota.
    public func clearQuota() async throws {
        let _: WeChatAPIStatus = try await post("clear_quota", body: ["component_appid": componentAppID])
    }

    /// `sns/oauth2/component/access_token`: exchanges a web OAuth `code` for the user's token (§6.7 step 3).
    public func oauthAccessToken(authorizerAppID: String, code: String) async throws -> OAuthAccessToken {
        try await token.withAccessToken { token in
            try await client.call(
                .get, "sns/oauth2/component/access_token",
                query: [
                    ("appid", authorizerAppID), ("code", code), ("grant_type", "authorization_code"),
                    ("component_appid", componentAppID), ("component_access_token", token),
                ])
        }
    }

    /// `sns/oauth2/component/refresh_token`: renews a user's web OAuth token (§6.7 step 4).
    public func refreshOAuthAccessToken(authorizerAppID: String, refreshToken: String) async throws -> OAuthAccessToken
    {
        try await token.withAccessToken { token in
            try await client.call(
                .get, "sns/oauth2/component/refresh_token",
                query: [
                    ("appid", authorizerAppID), ("grant_type", "refresh_token"), ("component_appid", componentAppID),
                    ("component_access_token", token), ("refresh_token", refreshToken),
                ])
        }
    }

    /// POSTs `body` to `cgi-bin/component/<endpoint>?component_access_token=…`.
    private func post<Response: Decodable>(_ endpoint: String, body: any Encodable, retriesBusy: Bool = true)
        async throws -> Response
    {
        try await token.withAccessToken { token in
            try await client.call(
                .post, "cgi-bin/component/" + endpoint, query: [("component_access_token", token)], body: body,
                retriesBusy: retriesBusy)
        }
    }
}

/// The answer of `api_query_auth`.
private struct AuthorizationResponse: Decodable {
    var authorizationInfo: AuthorizationInfo

    enum CodingKeys: String, CodingKey {
        case authorizationInfo = "authorization_info"
    }
}

/// The body of `api_get_authorizer_list`.
private struct AuthorizerListRequest: Encodable {
    var componentAppID: String
    var offset: Int
    var count: Int

    enum CodingKeys: String, CodingKey {
        case componentAppID = "component_appid"
        case offset
        case count
    }
}
