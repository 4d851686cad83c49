/// What can go wrong in ``SQLiteStore`` beyond SQLite's own errors (which pass through unchanged).
///
/// Messages name tables and versions only, never stored values: those are secrets.
public struct SQLiteStoreError: Error, Hashable, Sendable {
    private enum Code: Hashable, Sendable {
        case schemaTooNew(found: Int, supported: Int)
        case malformedRow(table: String)
        case malformedOutcome
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// The file was written by a newer WeChatBotKit whose schema this version does not know.
    public static func schemaTooNew(found: Int, supported: Int) -> SQLiteStoreError {
        SQLiteStoreError(.schemaTooNew(found: found, supported: supported))
    }

    /// A row of `table` does not have the columns and types the store writes.
    public static func malformedRow(in table: String) -> SQLiteStoreError {
        SQLiteStoreError(.malformedRow(table: table))
    }

    /// A stored de-duplication outcome is not the JSON the store writes.
    public static let malformedOutcome = SQLiteStoreError(.malformedOutcome)
}

extension SQLiteStoreError: CustomStringConvertible {
    /// A short explanation without stored values.
    public var description: String {
        switch code {
        case .schemaTooNew(let found, let supported):
            "SQLite store schema version \(found) is newer than the supported version \(supported)"
        case .malformedRow(let table):
            "SQLite store table \(table) holds a row the store did not write"
        case .malformedOutcome:
            "SQLite store holds a de-duplication outcome that is not valid JSON for DeduplicationOutcome"
        }
    }
}
