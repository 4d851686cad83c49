/// One call to a WeChat API endpoint, before the transport adds the access token and sends it.
///
/// ``AccountAPI`` builds these for the endpoints it wraps; ``AccountAPI/call(_:_:query:body:as:)`` and
/// ``AccountAPI/send(_:)`` take any endpoint WeChat documents.
public struct WeChatAPIRequest: Sendable {
    /// The HTTP method WeChat documents for the endpoint.
    public enum Method: String, Sendable {
        /// `GET`, parameters in the query.
        case get = "GET"
        /// `POST`, a JSON (or multipart) body.
        case post = "POST"
    }

    /// What the request carries.
    public enum Body: Sendable {
        /// Nothing.
        case none
        /// A UTF-8 JSON document.
        case json([UInt8])
        /// A file in a `multipart/form-data` body, streamed from disk.
        case upload(MediaUpload)
    }

    /// How the request is authenticated.
    public enum Authentication: Sendable {
        /// `access_token=` of the account is added to the query (refreshed once if WeChat refuses it).
        case accessToken
        /// Sent as is: the query already carries what the endpoint needs.
        case none
    }

    /// GET or POST.
    public var method: Method
    /// The path below the API origin, without a leading slash, e.g. `cgi-bin/menu/create`.
    public var path: String
    /// Query parameters in order (values unencoded); the transport adds `access_token` first.
    public var query: [(String, String)]
    /// The body.
    public var body: Body
    /// Whether the transport adds the account's access token.
    public var authentication: Authentication
    /// The largest answer accepted, in bytes; `nil` for the transport's default (downloads raise it).
    public var maxResponseBytes: Int?

    /// A request; by default authenticated with the account's access token, without a body.
    public init(
        _ method: Method, _ path: String, query: [(String, String)] = [], body: Body = .none,
        authentication: Authentication = .accessToken, maxResponseBytes: Int? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.authentication = authentication
        self.maxResponseBytes = maxResponseBytes
    }

    /// A POST of `value` encoded as JSON (WeChat's field names, no escaped slashes or non-ASCII).
    public static func post(
        _ path: String, json value: some Encodable, query: [(String, String)] = []
    ) throws -> WeChatAPIRequest {
        WeChatAPIRequest(.post, path, query: query, body: .json(try WeChatJSON.encode(value)))
    }
}
