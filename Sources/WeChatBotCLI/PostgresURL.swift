/// The parts of a `postgres://user:password@host:port/database` URL.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    /// Server host.
    public var host: String
    /// Server port (5432 by default).
    public var port: Int
    /// User name.
    public var username: String
    /// Password; never printed.
    public var password: String?
    /// Database name (the user name by default).
    public var database: String

    /// Parses the URL; percent-escapes are not supported in the user or password.
    public init(_ text: String) throws(WeChatBotCLIError) {
        guard let schemeEnd = text.firstRange(of: "://") else {
            throw .invalidSetting("store", "not a postgres:// URL")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var databaseName: String?
        if let slash = rest.firstIndex(of: "/") {
            databaseName = String(rest[rest.index(after: slash)...].prefix { $0 != "?" })
            rest = rest[..<slash]
        }
        guard let at = rest.lastIndex(of: "@") else {
            throw .invalidSetting("store", "the postgres URL needs user@host")
        }
        let credentials = rest[..<at]
        let address = rest[rest.index(after: at)...]
        let userParts = credentials.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        username = String(userParts[0])
        password = userParts.count > 1 ? String(userParts[1]) : nil
        let addressParts = address.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        host = String(addressParts[0])
        if addressParts.count > 1 {
            guard let port = Int(addressParts[1]) else {
                throw .invalidSetting("store", "the postgres port is not a number")
            }
            self.port = port
        } else {
            port = 5432
        }
        guard !username.isEmpty, !host.isEmpty else {
            throw .invalidSetting("store", "the postgres URL needs user@host")
        }
        database = databaseName.flatMap { $0.isEmpty ? nil : $0 } ?? username
    }

    /// `user@host:port/database`, without the password.
    public var description: String { "\(username)@\(host):\(port)/\(database)" }
}
