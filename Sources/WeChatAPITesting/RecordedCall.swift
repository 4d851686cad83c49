/// One request the fake WeChat API received, tokens included, for assertions.
public struct RecordedCall: Sendable, Hashable {
    /// `GET` or `POST`.
    public var method: String
    /// The path, e.g. `/cgi-bin/component/api_component_token`.
    public var path: String
    /// The query parameters (percent-decoded), in the order sent.
    public var query: [QueryItem]
    /// The JSON body, when there was a valid one.
    public var body: JSONValue?
    /// The HTTP status answered.
    public var status: Int
    /// The `errcode` answered (0 for success).
    public var errcode: Int64

    /// One query parameter.
    public struct QueryItem: Sendable, Hashable {
        /// Its name.
        public var name: String
        /// Its value.
        public var value: String
    }

    /// The value of the first query parameter called `name`.
    public func query(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// The query parameter names in the order sent.
    public var queryNames: [String] { query.map(\.name) }
}
