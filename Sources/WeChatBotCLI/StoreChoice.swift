/// Where `serve` keeps tokens, tickets, de-duplication keys and sessions.
public enum StoreChoice: Sendable, Hashable, CustomStringConvertible {
    /// In this process only; lost on restart.
    case memory
    /// The embedded SQLite file at this path (the default, `wechat-bot.sqlite`).
    case sqlite(path: String)
    /// A shared PostgreSQL database, for several instances.
    case postgres(PostgresURL)

    /// Reads `memory`, `sqlite:PATH`, a path ending in `.sqlite`/`.db`, or a `postgres://` URL.
    public init(_ text: String) throws(WeChatBotCLIError) {
        if text == "memory" {
            self = .memory
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw .invalidSetting("store", "sqlite: needs a file path") }
            self = .sqlite(path: path)
        } else if text.hasSuffix(".sqlite") || text.hasSuffix(".db") {
            self = .sqlite(path: text)
        } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresURL(text))
        } else {
            throw .invalidSetting(
                "store", "expected memory, sqlite:PATH or postgres://user:password@host:port/database")
        }
    }

    /// The choice without the password.
    public var description: String {
        switch self {
        case .memory: "memory"
        case .sqlite(let path): "sqlite \(path)"
        case .postgres(let url): "postgres \(url)"
        }
    }
}
