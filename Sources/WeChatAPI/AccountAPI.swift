import NIOHTTP1

/// The APIs of one Official Account (or mini program) that take its `access_token`: a plain account's
/// own token or a platform's authorizer token (PROTOCOL.md §6.5, §6.6, §6.8, §6.9). A refused token is
/// refreshed once and the call retried once.
public struct AccountAPI: Sendable {
    /// The client calls go through.
    public let client: WeChatAPIClient
    /// The account's appid.
    public let appID: String
    let token: any AccessTokenProvider

    /// The APIs of `appID`, authenticated by `token`.
    public init(client: WeChatAPIClient, appID: String, token: any AccessTokenProvider) {
        self.client = client
        self.appID = appID
        self.token = token
    }

    /// The kinds of ticket `cgi-bin/ticket/getticket` issues.
    public enum TicketType: String, Sendable {
        /// The JS-SDK `jsapi_ticket`.
        case jsapi
        /// The card `api_ticket`.
        case card = "wx_card"
    }

    /// `cgi-bin/ticket/getticket`: a JS-SDK (or card) ticket.
    public func ticket(_ type: TicketType = .jsapi) async throws -> TicketGrant {
        try await token.withAccessToken { token in
            try await client.call(
                .GET, "cgi-bin/ticket/getticket", query: [("access_token", token), ("type", type.rawValue)])
        }
    }

    /// `cgi-bin/user/info`: a follower's record (`language` is `zh_CN`, `zh_TW` or `en`).
    public func userInfo(openID: String, language: String = "zh_CN") async throws -> UserInfo {
        try await token.withAccessToken { token in
            try await client.call(
                .GET, "cgi-bin/user/info", query: [("access_token", token), ("openid", openID), ("lang", language)])
        }
    }

    /// `cgi-bin/open/create`: creates an open-platform account and binds this account to it; returns its appid.
    public func createOpenAccount() async throws -> String {
        let account: OpenAccount = try await post("cgi-bin/open/create", body: ["appid": appID])
        return account.openAppID
    }

    /// `cgi-bin/open/bind`: binds this account to the open-platform account `openAppID`.
    public func bindOpenAccount(_ openAppID: String) async throws {
        let _: ResponseStatus = try await post("cgi-bin/open/bind", body: ["appid": appID, "open_appid": openAppID])
    }

    /// `cgi-bin/open/unbind`: unbinds this account from the open-platform account `openAppID`.
    public func unbindOpenAccount(_ openAppID: String) async throws {
        let _: ResponseStatus = try await post("cgi-bin/open/unbind", body: ["appid": appID, "open_appid": openAppID])
    }

    /// `cgi-bin/open/get`: the appid of the open-platform account this account is bound to.
    public func openAccount() async throws -> String {
        let account: OpenAccount = try await post("cgi-bin/open/get", body: ["appid": appID])
        return account.openAppID
    }

    /// POSTs `body` to `path?access_token=…`.
    func post<Response: Decodable>(_ path: String, body: any Encodable) async throws -> Response {
        try await token.withAccessToken { token in
            try await client.call(.POST, path, query: [("access_token", token)], body: body)
        }
    }
}

/// The answer of `cgi-bin/open/create` and `cgi-bin/open/get`.
private struct OpenAccount: Decodable {
    var openAppID: String

    enum CodingKeys: String, CodingKey {
        case openAppID = "open_appid"
    }
}
