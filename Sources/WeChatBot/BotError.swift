/// Why the bot runtime could not do what a handler asked of it.
///
/// Messages name keys and types, never session contents, tokens or message text.
public struct BotError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case sessionUnreadable
        case sessionValueUnreadable(key: String, type: String)
        case sessionValueUnencodable(key: String, type: String)
    }

    private let kind: Kind

    /// The stored session could not be decoded (written by an incompatible version, or corrupted).
    public static let sessionUnreadable = BotError(kind: .sessionUnreadable)

    /// The session value under `key` could not be decoded as `type`.
    public static func sessionValueUnreadable(key: String, type: Any.Type) -> BotError {
        BotError(kind: .sessionValueUnreadable(key: key, type: String(describing: type)))
    }

    /// The value for session key `key` could not be encoded as JSON.
    public static func sessionValueUnencodable(key: String, type: Any.Type) -> BotError {
        BotError(kind: .sessionValueUnencodable(key: key, type: String(describing: type)))
    }

    /// A readable reason, safe to log.
    public var description: String {
        switch kind {
        case .sessionUnreadable: "the stored session could not be decoded"
        case .sessionValueUnreadable(let key, let type): "session value \"\(key)\" could not be decoded as \(type)"
        case .sessionValueUnencodable(let key, let type):
            "session value \"\(key)\" of type \(type) could not be encoded"
        }
    }
}
