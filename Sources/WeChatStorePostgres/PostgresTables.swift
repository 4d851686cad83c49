/// The schema-qualified, quoted table names of one ``PostgresStore``, built from a validated schema name.
///
/// Identifiers cannot be bound as parameters, so the schema name is the one piece of text spliced into
/// SQL; it is checked to be a plain identifier first.
struct PostgresTables: Sendable {
    let schema: String
    let schemaVersion: String
    let credentials: String
    let deduplication: String
    let sessions: String

    /// Tables in `schema`; throws ``PostgresStoreError/invalidSchemaName(_:)`` unless it is
    /// `[A-Za-z_][A-Za-z0-9_]*` of at most 63 bytes.
    init(schema name: String) throws {
        let isLetter = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "_")
        }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 63, isLetter(first),
            bytes.allSatisfy({ isLetter($0) || isDigit($0) })
        else { throw PostgresStoreError.invalidSchemaName(name) }
        schema = "\"\(name)\""
        schemaVersion = "\(schema).wechat_schema_version"
        credentials = "\(schema).wechat_credentials"
        deduplication = "\(schema).wechat_deduplication"
        sessions = "\(schema).wechat_sessions"
    }
}
