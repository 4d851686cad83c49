/// What an endpoint answers, before it becomes an HTTP response, with the outcome it is counted and logged as.
struct CallbackResponse: Sendable, Equatable {
    /// The HTTP status code.
    var status: Int
    /// The body bytes.
    var body: String
    /// `application/xml` for replies, `text/plain` otherwise.
    var isXML: Bool
    /// A short label for logs and metrics: `reply`, `success`, `empty`, `verified`, `unauthorized`, ...
    var outcome: String

    /// A passive reply (clear or sealed XML).
    static func reply(_ xml: String) -> CallbackResponse {
        CallbackResponse(status: 200, body: xml, isXML: true, outcome: "reply")
    }

    /// The 7-byte acknowledgement that WeChat does not retry (PROTOCOL.md §4.3).
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
    /// 400: a required query parameter is missing.
    static let missingParameters = refused(400, "missing-parameters")
    /// 400: the body could not be opened or parsed.
    static let badRequest = refused(400, "bad-request")
    /// 400: plaintext refused by a safe-mode-only account, or ciphertext for an account without a key.
    static let wrongMode = refused(400, "wrong-mode")
    /// 404: no configured account or component for this URL.
    static let unknownAccount = refused(404, "unknown-account")
    /// 413: the body is larger than the limit.
    static let tooLarge = refused(413, "too-large")
}
