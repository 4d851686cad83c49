/// The production `WeChatAPITransport`: sends through a ``WeChatAPIClient`` with the access token of one
/// account, obtaining a fresh token once when WeChat refuses the current one.
public struct AccessTokenTransport: WeChatAPITransport {
    /// The client requests go through.
    public let client: WeChatAPIClient
    /// Where the account's token comes from.
    public let token: any AccessTokenProvider

    /// A transport authenticating with `token`.
    public init(client: WeChatAPIClient, token: any AccessTokenProvider) {
        self.client = client
        self.token = token
    }

    /// Sends `request`, with `access_token` first in its query when it asks for authentication.
    public func send(_ request: WeChatAPIRequest) async throws -> WeChatAPIResponse {
        guard case .accessToken = request.authentication else { return try await client.perform(request) }
        return try await token.withAccessToken { token in
            var authenticated = request
            authenticated.query.insert(("access_token", token), at: 0)
            authenticated.authentication = .none
            return try await client.perform(authenticated)
        }
    }
}

extension AccountAPI {
    /// The API of `appID` through `client`, authenticated by `token`; `mediaCache` keeps uploaded files' ids.
    public init(
        client: WeChatAPIClient, appID: String, token: any AccessTokenProvider, mediaCache: (any MediaIDCache)? = nil
    ) {
        self.init(appID: appID, transport: AccessTokenTransport(client: client, token: token), mediaCache: mediaCache)
    }
}
