/// Builds URL query strings the way WeChat's documentation spells them, and safe-to-log copies.
enum QueryString {
    /// Query parameters whose values are not secret and may appear in logs.
    static let loggableNames: Set<String> = [
        "appid", "component_appid", "grant_type", "type", "lang", "openid", "response_type", "scope",
        "auth_type", "biz_appid", "action", "no_scan",
    ]

    /// `?name=value&…` in the given order, values percent-encoded; empty for no parameters.
    static func encode(_ pairs: [(String, String)]) -> String {
        render(pairs) { _, value in percentEncoded(value) }
    }

    /// Like ``encode(_:)`` but every value not in ``loggableNames`` replaced by `***`.
    static func redacted(_ pairs: [(String, String)]) -> String {
        render(pairs) { name, value in loggableNames.contains(name) ? percentEncoded(value) : "***" }
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`).
    static func percentEncoded(_ value: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                encoded.unicodeScalars.append("%")
                encoded.unicodeScalars.append(hex[Int(byte >> 4)])
                encoded.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return encoded
    }

    private static func render(
        _ pairs: [(String, String)], value: (String, String) -> String
    ) -> String {
        guard !pairs.isEmpty else { return "" }
        return "?" + pairs.map { "\($0.0)=\(value($0.0, $0.1))" }.joined(separator: "&")
    }
}
