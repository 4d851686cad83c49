/// Why the HTTP module could not do something on behalf of an account.
public struct WeChatHummingbirdError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case noCredentials(account: String)
        case missingSetting(String)
    }

    private let kind: Kind

    /// No API credentials are configured for `account` (its appid or original id), so nothing can be sent
    /// on its behalf.
    public static func noCredentials(account: String) -> WeChatHummingbirdError {
        WeChatHummingbirdError(kind: .noCredentials(account: account))
    }

    /// A required setting is not given; `setting` names it (never a value).
    public static func missingSetting(_ setting: String) -> WeChatHummingbirdError {
        WeChatHummingbirdError(kind: .missingSetting(setting))
    }

    /// A readable reason, safe to log.
    public var description: String {
        switch kind {
        case .noCredentials(let account): "no API credentials are configured for account \(account)"
        case .missingSetting(let setting): "missing setting: \(setting)"
        }
    }
}
