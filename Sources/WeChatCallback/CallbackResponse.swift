/// What an endpoint answers, ready for any HTTP stack: status, headers, body, and the outcome it was counted
/// and logged as.
public struct CallbackResponse: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// The body (UTF-8).
    public var body: String
    /// `application/xml` for replies, `text/plain` otherwise.
    public var isXML: Bool
    /// A short label for logs and metrics: `reply`, `success`, `empty`, `verified`, `unauthorized`, ...
    public var outcome: String

    /// Creates a response.
    public init(status: Int, body: String, isXML: Bool, outcome: String) {
        self.status = status
        self.body = body
        self.isXML = isXML
        self.outcome = outcome
    }

    /// The response headers: `Content-Type`, and `X-Content-Type-Options: nosniff` so a browser never
    /// sniffs an echoed or refused body as HTML.
    public var headers: [(name: String, value: String)] {
        [
            ("Content-Type", isXML ? "application/xml; charset=utf-8" : "text/plain; charset=utf-8"),
            ("X-Content-Type-Options", "nosniff"),
        ]
    }

    /// A passive reply (clear or sealed XML).
    static func reply(_ xml: String) -> CallbackResponse {
        CallbackResponse(status: 200, body: xml, isXML: true, outcome: "reply")
    }

    /// The 7-byte acknowledgement that WeChat does not retry
    /// (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html).
    static let success = CallbackResponse(status: 200, body: "success", isXML: false, outcome: "success")

    /// A zero-length 200 body (the release test's `QUERY_AUTH_CODE` step).
    static let empty = CallbackResponse(status: 200, body: "", isXML: false, outcome: "empty")

    /// The answer to a verified URL check: the echo string.
    static func echo(_ text: String) -> CallbackResponse {
        CallbackResponse(status: 200, body: text, isXML: false, outcome: "verified")
    }

    /// A refusal with a short reason for the client.
    static func refused(_ status: Int, _ outcome: String) -> CallbackResponse {
        CallbackResponse(status: status, body: outcome, isXML: false, outcome: outcome)
    }

    /// 401: the `signature` or `msg_signature` does not match, so the request is not from WeChat.
    static let unauthorized = refused(401, "unauthorized")
    /// 401: the `timestamp` is outside the configured window (a stale or replayed request).
    static let stale = refused(401, "stale")
    /// 409: a signed request seen before, replayed after WeChat's retries or under another account's path.
    static let replayed = refused(409, "replayed")
    /// 400: a required query parameter is missing.
    static let missingParameters = refused(400, "missing-parameters")
    /// 400: the body could not be opened or parsed.
    static let badRequest = refused(400, "bad-request")
    /// 400: plaintext where the account or URL accepts only encrypted bodies, or the other way round.
    static let wrongMode = refused(400, "wrong-mode")
    /// 404: no configured account or component for this URL.
    static let unknownAccount = refused(404, "unknown-account")
    /// 405: a method the URL does not answer.
    static let methodNotAllowed = refused(405, "method-not-allowed")
    /// 413: the body is larger than the limit.
    static let tooLarge = refused(413, "too-large")
}
