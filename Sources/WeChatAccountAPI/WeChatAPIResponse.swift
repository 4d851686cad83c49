/// WeChat's answer to one call: JSON for most endpoints, the file itself for media downloads.
public struct WeChatAPIResponse: Sendable, Hashable {
    /// The `Content-Type` header, when there was one.
    public var contentType: String?
    /// The body as received.
    public var body: [UInt8]

    /// An answer with `body` of type `contentType`.
    public init(contentType: String?, body: [UInt8]) {
        self.contentType = contentType
        self.body = body
    }

    /// `true` when the body is JSON (by its content type, or by its first character when untyped).
    public var isJSON: Bool {
        if let contentType {
            let lowered = contentType.lowercased()
            if lowered.contains("json") { return true }
            if lowered.hasPrefix("text/plain") { return body.first { !Self.isSpace($0) } == UInt8(ascii: "{") }
            return false
        }
        return body.first { !Self.isSpace($0) } == UInt8(ascii: "{")
    }

    /// Decodes the body as `Response` (WeChat's JSON); a non-zero `errcode` throws ``WeChatAPIError``.
    public func decode<Response: Decodable>(as type: Response.Type = Response.self) throws -> Response {
        try WeChatJSON.decode(Response.self, from: body)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
