/// A source of one app's access token (component, authorizer or Official Account).
///
/// When WeChat refuses a token (`40001`, `40014`, `42001`), calls ask again passing the refused value:
/// the provider must then return a different, newly obtained token (or throw).
public protocol AccessTokenProvider: Sendable {
    /// A usable token; when `rejected` is given, that value was refused and must not be returned.
    func accessToken(replacing rejected: String?) async throws -> String
}

extension AccessTokenProvider {
    /// Runs `body` with a token; if WeChat refuses the token, gets ONE fresh token and runs `body` ONE
    /// more time.
    func withAccessToken<Result>(_ body: (String) async throws -> Result) async throws -> Result {
        let token = try await accessToken(replacing: nil)
        do {
            return try await body(token)
        } catch let error as WeChatAPIError where error.isInvalidAccessToken {
            return try await body(try await accessToken(replacing: token))
        }
    }
}

/// A token the caller manages: used as is, never refreshed.
public struct FixedAccessToken: AccessTokenProvider {
    private let token: String

    /// Wraps `token`.
    public init(_ token: String) {
        self.token = token
    }

    /// The wrapped token; if it was refused, the refusal stands.
    public func accessToken(replacing rejected: String?) throws -> String {
        if rejected == token { throw WeChatAPIError.weChat(code: 40001, message: "fixed access token refused") }
        return token
    }
}
