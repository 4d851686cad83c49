/// One HTTP request to a WeChat callback URL, as a transport hands it to ``CallbackEndpoint``: the method,
/// the query, the body and the path's appids.
public struct CallbackRequest: Sendable {
    /// The HTTP methods a callback URL answers.
    public enum Method: Sendable, Hashable {
        /// WeChat's URL verification (and any other GET).
        case get
        /// A message or event.
        case post
    }

    /// GET or POST.
    public var method: Method
    /// The query parameters.
    public var query: CallbackQuery
    /// The body bytes (empty for a GET).
    public var body: [UInt8]
    /// Whether the body was larger than ``WeChatEndpointConfiguration/maximumBodyBytes`` and left unread;
    /// such a request is answered 413.
    public var bodyTooLarge: Bool
    /// The `{componentAppID}` of a platform message URL (`…/{componentAppID}/{appid}`).
    public var componentAppID: String?
    /// The `{appid}` of a platform message URL: the authorizer the message is for.
    public var authorizerAppID: String?
    /// The transport's id for the request, put on every log line about it.
    public var requestID: String?

    /// Creates a request.
    public init(
        method: Method,
        query: CallbackQuery,
        body: [UInt8] = [],
        bodyTooLarge: Bool = false,
        componentAppID: String? = nil,
        authorizerAppID: String? = nil,
        requestID: String? = nil
    ) {
        self.method = method
        self.query = query
        self.body = body
        self.bodyTooLarge = bodyTooLarge
        self.componentAppID = componentAppID
        self.authorizerAppID = authorizerAppID
        self.requestID = requestID
    }
}
