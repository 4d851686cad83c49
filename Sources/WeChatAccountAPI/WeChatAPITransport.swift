/// Sends WeChat API requests for one account: the HTTP client, the account's access token and retries.
///
/// `WeChatAPI` provides the production transport (async-http-client, token refresh, retries of `-1` and
/// HTTP 5xx, metrics); tests may provide their own. A transport must:
/// - add the account's `access_token` for ``WeChatAPIRequest/Authentication/accessToken`` requests, and when
///   WeChat refuses it (`40001`, `40014`, `42001`) obtain a new one and send the request once more;
/// - throw ``WeChatAPIError/weChat(code:message:)`` for a JSON answer with a non-zero `errcode`;
/// - never log tokens, secrets or bodies.
public protocol WeChatAPITransport: Sendable {
    /// Sends `request` and returns WeChat's successful answer.
    func send(_ request: WeChatAPIRequest) async throws -> WeChatAPIResponse
}

/// The transport of an account the host gave no API access: every call throws
/// ``WeChatAPIError/notConfigured(account:)``, naming the account.
public struct UnconfiguredTransport: WeChatAPITransport {
    /// The account, for the error message.
    public let account: String

    /// A transport that refuses every call for `account`.
    public init(account: String) {
        self.account = account
    }

    /// Throws ``WeChatAPIError/notConfigured(account:)``.
    public func send(_ request: WeChatAPIRequest) async throws -> WeChatAPIResponse {
        throw WeChatAPIError.notConfigured(account: account)
    }
}
