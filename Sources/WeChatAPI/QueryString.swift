import WeChatAccountAPI

/// Builds URL query strings the way WeChat's documentation spells them, and safe-to-log copies.
enum QueryString {
    /// Query parameters whose values are not secret and may appear in logs.
    static let loggableNames: Set<String> = [
        "appid", "component_appid", "grant_type", "type", "lang", "openid", "response_type", "scope",
        "auth_type", "biz_appid", "action", "no_scan",
    ]

    /// `?name=value&…` in the given order, values percent-encoded; empty for no parameters.
    static func encode(_ pairs: [(String, String)]) -> String {
        QueryEncoding.queryString(pairs)
    }

    /// Like ``encode(_:)`` but every value not in ``loggableNames`` replaced by `***`.
    static func redacted(_ pairs: [(String, String)]) -> String {
        guard !pairs.isEmpty else { return "" }
        return "?"
            + pairs.map { name, value in
                "\(name)=\(loggableNames.contains(name) ? QueryEncoding.percentEncoded(value) : "***")"
            }.joined(separator: "&")
    }
}
