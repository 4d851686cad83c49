/// What can go wrong in ``PostgresStore`` beyond PostgreSQL's own errors (which pass through unchanged).
///
/// Messages name schemas and versions only, never stored values: those are secrets.
public struct PostgresStoreError: Error, Hashable, Sendable {
    private enum Code: Hashable, Sendable {
        case invalidSchemaName(String)
        case schemaTooNew(found: Int, supported: Int)
        case malformedOutcome
        case notRunning
        case connectionLost
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// The configured schema name is not a plain SQL identifier (letters, digits, `_`; at most 63 bytes).
    public static func invalidSchemaName(_ name: String) -> PostgresStoreError {
        PostgresStoreError(.invalidSchemaName(name))
    }

    /// The database was migrated by a newer WeChatBotKit whose schema this version does not know.
    public static func schemaTooNew(found: Int, supported: Int) -> PostgresStoreError {
        PostgresStoreError(.schemaTooNew(found: found, supported: supported))
    }

    /// A stored de-duplication outcome is not the JSON the store writes.
    public static let malformedOutcome = PostgresStoreError(.malformedOutcome)

    /// ``PostgresStore/run()`` has ended, so the store has no connections any more.
    public static let notRunning = PostgresStoreError(.notRunning)

    /// The connection holding a transaction died (server restart, `pg_terminate_backend`, network); the
    /// transaction was rolled back by the server and may be retried.
    public static let connectionLost = PostgresStoreError(.connectionLost)
}

extension PostgresStoreError: CustomStringConvertible {
    /// A short explanation without stored values.
    public var description: String {
        switch code {
        case .invalidSchemaName(let name):
            "PostgreSQL store schema name \"\(name)\" is not a plain identifier ([A-Za-z_][A-Za-z0-9_]*, ≤ 63 bytes)"
        case .schemaTooNew(let found, let supported):
            "PostgreSQL store schema version \(found) is newer than the supported version \(supported)"
        case .malformedOutcome:
            "PostgreSQL store holds a de-duplication outcome that is not valid JSON for DeduplicationOutcome"
        case .notRunning:
            "PostgreSQL store is not running: its run() has ended"
        case .connectionLost:
            "PostgreSQL store lost the connection of a transaction; the server rolled it back"
        }
    }
}
