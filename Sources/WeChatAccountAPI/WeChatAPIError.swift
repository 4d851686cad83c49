/// Why a call to the WeChat API, or a credential it needs, failed.
///
/// WeChat's own failures carry its ``errcode`` and ``errmsg``. A request that breaks one of WeChat's
/// documented limits is refused with ``invalidRequest(_:)`` before anything is sent. Descriptions never
/// contain tokens, secrets or request bodies.
public struct WeChatAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case weChat(code: Int, message: String)
        case httpStatus(Int)
        case transport(String)
        case timeout
        case invalidResponse(String)
        case invalidRequest(String)
        case missingCredential(String)
        case unknownApp(String)
        case notConfigured(String)
    }

    private let kind: Kind

    /// WeChat answered with a non-zero `errcode`.
    public static func weChat(code: Int, message: String) -> WeChatAPIError {
        .init(kind: .weChat(code: code, message: message))
    }
    /// WeChat (or a proxy) answered with a non-2xx HTTP status.
    public static func httpStatus(_ status: Int) -> WeChatAPIError { .init(kind: .httpStatus(status)) }
    /// The request did not reach WeChat or the connection broke; `reason` names the error type only.
    public static func transport(_ reason: String) -> WeChatAPIError { .init(kind: .transport(reason)) }
    /// No answer within the configured timeout.
    public static let timeout = WeChatAPIError(kind: .timeout)
    /// The answer was not the JSON this call expects.
    public static func invalidResponse(_ reason: String) -> WeChatAPIError { .init(kind: .invalidResponse(reason)) }
    /// The request breaks one of WeChat's documented limits (named in `reason`); nothing was sent.
    public static func invalidRequest(_ reason: String) -> WeChatAPIError { .init(kind: .invalidRequest(reason)) }
    /// A credential needed for the call is not stored (its storage key, e.g. `component_verify_ticket:wx…`).
    public static func missingCredential(storageKey: String) -> WeChatAPIError {
        .init(kind: .missingCredential(storageKey))
    }
    /// The appid is not one of the configured apps.
    public static func unknownApp(_ appID: String) -> WeChatAPIError { .init(kind: .unknownApp(appID)) }
    /// The host configured no API access (no AppSecret, no platform) for `account`.
    public static func notConfigured(account: String) -> WeChatAPIError { .init(kind: .notConfigured(account)) }

    /// WeChat's `errcode`, when WeChat answered with one.
    public var errcode: Int? {
        guard case .weChat(let code, _) = kind else { return nil }
        return code
    }

    /// WeChat's `errmsg`, when WeChat answered with one.
    public var errmsg: String? {
        guard case .weChat(_, let message) = kind else { return nil }
        return message
    }

    /// The HTTP status, when WeChat answered with a non-2xx one.
    public var httpStatus: Int? {
        guard case .httpStatus(let status) = kind else { return nil }
        return status
    }

    /// `true` when the request was refused before sending because it breaks a documented limit.
    public var isInvalidRequest: Bool {
        guard case .invalidRequest = kind else { return false }
        return true
    }

    /// `true` when the access token used was refused (`40001`, `40014`, `42001`): refresh it once and retry.
    public var isInvalidAccessToken: Bool {
        guard let errcode else { return false }
        return Self.invalidAccessTokenCodes.contains(errcode)
    }

    /// `true` for failures worth retrying unchanged: `-1` (system busy), HTTP 5xx and broken connections.
    public var isTransient: Bool {
        switch kind {
        case .weChat(let code, _): code == -1
        case .httpStatus(let status): (500...599).contains(status)
        case .transport: true
        case .timeout, .invalidResponse, .invalidRequest, .missingCredential, .unknownApp, .notConfigured: false
        }
    }

    static let invalidAccessTokenCodes: Set<Int> = [40001, 40014, 42001]

    /// A readable reason, safe to log.
    public var description: String {
        switch kind {
        case .weChat(let code, let message):
            "WeChat API error \(code): \(message)" + (WeChatErrorHint.hint(for: code).map { " (\($0))" } ?? "")
        case .httpStatus(let status): "WeChat API answered HTTP \(status)"
        case .transport(let reason): "WeChat API unreachable: \(reason)"
        case .timeout: "WeChat API did not answer in time"
        case .invalidResponse(let reason): "WeChat API answer not understood: \(reason)"
        case .invalidRequest(let reason): "request refused before sending: \(reason)"
        case .missingCredential(let key): "credential \(key) is not stored"
        case .unknownApp(let appID): "app \(appID) is not configured"
        case .notConfigured(let account): "no WeChat API access is configured for account \(account)"
        }
    }
}
