/// Typed, lenient reads of child fields: numbers are trimmed of white space and `nil` when absent or invalid.
extension XMLTree {
    /// The element's own text as an integer (trimmed), or `nil`.
    var integerValue: Int? {
        Int(trimmedText)
    }

    /// The first child's text as an `Int` (trimmed), or `nil`.
    func int(_ name: String) -> Int? {
        child(name)?.integerValue
    }

    /// The first child's text as an `Int64` (trimmed), or `nil`.
    func int64(_ name: String) -> Int64? {
        child(name).flatMap { Int64($0.trimmedText) }
    }

    /// The first child's text as a `UInt64` (trimmed), or `nil`.
    func uint64(_ name: String) -> UInt64? {
        child(name).flatMap { UInt64($0.trimmedText) }
    }

    /// The first child's text as a finite `Double` (trimmed), or `nil`.
    func double(_ name: String) -> Double? {
        guard let value = child(name).flatMap({ Double($0.trimmedText) }), value.isFinite else { return nil }
        return value
    }

    /// The first child's text as a flag (`1`/`0`, `true`/`false`), or `nil`.
    func flag(_ name: String) -> Bool? {
        switch child(name)?.trimmedText.lowercased() {
        case "1", "true": true
        case "0", "false": false
        default: nil
        }
    }

    /// The text without leading and trailing white space, as numeric fields need.
    var trimmedText: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
            let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return text[first...last]
    }
}

/// Reads of fields a document cannot do without.
extension XMLTree {
    /// The first child's text; throws `.missingField` when the child is absent.
    func requiredString(_ name: String) throws(XMLDecodingError) -> String {
        guard let value = self[name] else { throw .missingField(name) }
        return value
    }

    /// The first child's text as an `Int64` (trimmed); throws `.missingField` or `.invalidField`.
    func requiredInt64(_ name: String) throws(XMLDecodingError) -> Int64 {
        guard let field = child(name) else { throw .missingField(name) }
        guard let value = Int64(field.trimmedText) else { throw .invalidField(name, value: field.text) }
        return value
    }
}
