import FoundationEssentials

/// WeChat's JSON conventions: answers carry `errcode`/`errmsg`, a non-zero `errcode` is a failure;
/// bodies keep non-ASCII text as UTF-8 (WeChat counts a menu name's bytes, not its escapes).
public enum WeChatJSON {
    /// Encodes `value` as compact UTF-8 JSON without escaped slashes.
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        do {
            return Array(try encoder.encode(value))
        } catch {
            throw WeChatAPIError.invalidRequest("body not encodable as JSON: \(error)")
        }
    }

    /// The `errcode`/`errmsg` of an answer; `nil` when the body is not a JSON object.
    public static func status(of body: [UInt8]) -> WeChatAPIStatus? {
        try? JSONDecoder().decode(WeChatAPIStatus.self, from: Data(body))
    }

    /// Decodes a WeChat JSON answer: a non-zero `errcode` is an error, anything else must be `Response`.
    public static func decode<Response: Decodable>(_ type: Response.Type, from body: [UInt8]) throws -> Response {
        let data = Data(body)
        let decoder = JSONDecoder()
        guard let status = try? decoder.decode(WeChatAPIStatus.self, from: data) else {
            throw WeChatAPIError.invalidResponse("not a JSON object")
        }
        try status.check()
        do {
            return try decoder.decode(Response.self, from: data)
        } catch let error as DecodingError {
            throw WeChatAPIError.invalidResponse("\(Response.self): \(error.reason)")
        }
    }
}

/// The `errcode`/`errmsg` pair every WeChat answer may carry; also the whole answer of endpoints that
/// only acknowledge (`{"errcode":0,"errmsg":"ok"}`).
public struct WeChatAPIStatus: Sendable, Hashable, Decodable {
    /// WeChat's code; absent or 0 for success.
    public var errcode: Int?
    /// WeChat's message.
    public var errmsg: String?

    /// Throws ``WeChatAPIError/weChat(code:message:)`` for a non-zero code.
    public func check() throws {
        if let errcode, errcode != 0 { throw WeChatAPIError.weChat(code: errcode, message: errmsg ?? "") }
    }
}

extension DecodingError {
    /// What went wrong and where, without the offending value.
    var reason: String {
        switch self {
        case .keyNotFound(let key, let context): "missing \(Self.path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "unexpected value at \(Self.path(context.codingPath))"
        @unknown default: "undecodable"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
