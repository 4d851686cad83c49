/// The API of one Official Account (or mini program): a plain account with its own AppSecret, or an
/// authorizer of a third-party platform through the platform's token.
///
/// Capabilities are grouped: ``menus``, ``media``, ``material``, ``templates``, ``subscribeMessages``,
/// ``qrCodes``, ``users``, ``tags``, ``customerService``, ``openAccounts`` and ``tickets``. Any endpoint
/// not wrapped is one ``call(_:_:query:body:as:)`` away, with the same token handling and retries:
///
/// ```swift
/// let stats: MyStats = try await context.api.call(.post, "datacube/getusersummary",
///                                                 body: ["begin_date": "2026-12-01", "end_date": "2026-12-06"])
/// ```
///
/// A handler gets the API of the account a message is for as `context.api`.
public struct AccountAPI: Sendable {
    /// The account's appid.
    public let appID: String
    /// Sends requests with the account's access token.
    public let transport: any WeChatAPITransport
    /// Remembers uploaded media by file, so a reply naming a local file uploads it once.
    public let mediaCache: (any MediaIDCache)?

    /// The API of `appID`, sending through `transport`; `mediaCache` keeps media ids of uploaded files.
    public init(appID: String, transport: any WeChatAPITransport, mediaCache: (any MediaIDCache)? = nil) {
        self.appID = appID
        self.transport = transport
        self.mediaCache = mediaCache
    }

    /// Calls any endpoint: `path` below the API origin (e.g. `cgi-bin/menu/get`), `query` without the
    /// token, `body` encoded as JSON; decodes WeChat's answer as `Response` (``WeChatAPIStatus`` when the
    /// endpoint only acknowledges). The access token is added, refreshed once if refused.
    public func call<Response: Decodable>(
        _ method: WeChatAPIRequest.Method, _ path: String, query: [(String, String)] = [],
        body: (any Encodable)? = nil, as response: Response.Type = Response.self
    ) async throws -> Response {
        let payload: WeChatAPIRequest.Body = try body.map { .json(try WeChatJSON.encode($0)) } ?? .none
        return try await send(WeChatAPIRequest(method, path, query: query, body: payload)).decode(as: Response.self)
    }

    /// Sends a prepared request and returns WeChat's answer as received (for binary answers).
    public func send(_ request: WeChatAPIRequest) async throws -> WeChatAPIResponse {
        try await transport.send(request)
    }

    /// POSTs `body` to `path` and checks the acknowledgement.
    func acknowledge(_ path: String, body: some Encodable) async throws {
        _ = try await call(.post, path, body: body, as: WeChatAPIStatus.self)
    }
}
