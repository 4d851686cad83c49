/// Why a `wechat-bot` command could not do what it was asked; the message is meant for the person at the
/// terminal and never contains a token, key or secret.
public struct WeChatBotCLIError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case invalidSetting(name: String, reason: String)
        case invalidRules(file: String, line: Int, reason: String)
        case unreadableFile(path: String, reason: String)
        case badReply(String)
        case verificationFailed(String)
    }

    private let kind: Kind

    /// A setting (flag, `WECHAT_…` variable or file key) `name` has an unusable value.
    public static func invalidSetting(_ name: String, _ reason: String) -> WeChatBotCLIError {
        .init(kind: .invalidSetting(name: name, reason: reason))
    }

    /// A rules file is refused at `line` (1-based) for `reason`.
    public static func invalidRules(file: String, line: Int, reason: String) -> WeChatBotCLIError {
        .init(kind: .invalidRules(file: file, line: line, reason: reason))
    }

    /// A file could not be read.
    public static func unreadableFile(_ path: String, _ reason: String) -> WeChatBotCLIError {
        .init(kind: .unreadableFile(path: path, reason: reason))
    }

    /// The server's answer to a simulated message is not a valid WeChat answer.
    public static func badReply(_ reason: String) -> WeChatBotCLIError { .init(kind: .badReply(reason)) }

    /// A URL check (`check-url`) did not get the echo string back.
    public static func verificationFailed(_ reason: String) -> WeChatBotCLIError {
        .init(kind: .verificationFailed(reason))
    }

    /// The line of a rules-file error, for tests and editors.
    public var line: Int? {
        if case .invalidRules(_, let line, _) = kind { line } else { nil }
    }

    /// A one-line explanation.
    public var description: String {
        switch kind {
        case .invalidSetting(let name, let reason): "invalid setting \(name): \(reason)"
        case .invalidRules(let file, let line, let reason): "\(file):\(line): \(reason)"
        case .unreadableFile(let path, let reason): "cannot read \(path): \(reason)"
        case .badReply(let reason): "bad reply: \(reason)"
        case .verificationFailed(let reason): "URL check failed: \(reason)"
        }
    }
}
