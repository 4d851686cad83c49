/// Builds reply XML into one pre-sized string: string leaves in CDATA, numbers bare.
///
/// Text is made safe for XML 1.0 on the way: `]]>` is split across two CDATA sections, a carriage return is
/// written as `&#13;` (parsers would turn a raw one into a line feed) and characters XML forbids (C0 controls
/// other than TAB/LF/CR, U+FFFE, U+FFFF) are dropped, exactly as the decoder drops them.
struct ReplyXMLWriter {
    private(set) var output = ""

    init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    /// Appends `<name><![CDATA[value]]></name>`.
    mutating func element(_ name: String, text value: String) {
        open(name)
        output += "<![CDATA["
        if Self.needsCare(value) {
            appendCarefully(value)
        } else {
            output += value
        }
        output += "]]>"
        close(name)
    }

    /// Appends `<name><![CDATA[value]]></name>` when there is a value.
    mutating func element(_ name: String, optionalText value: String?) {
        if let value { element(name, text: value) }
    }

    /// Appends `<name>number</name>`.
    mutating func element(_ name: String, number value: Int64) {
        open(name)
        output += String(value)
        close(name)
    }

    /// Appends `<name>`.
    mutating func open(_ name: String) {
        output += "<"
        output += name
        output += ">"
    }

    /// Appends `</name>`.
    mutating func close(_ name: String) {
        output += "</"
        output += name
        output += ">"
    }

    /// Whether `value` holds anything but plain CDATA content: `]]>`, a carriage return or a forbidden character.
    private static func needsCare(_ value: String) -> Bool {
        var value = value
        return value.withUTF8(needsCare)
    }

    private static func needsCare(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A { return true }
            if byte == UInt8(ascii: ">") && previous == UInt8(ascii: "]") && beforePrevious == UInt8(ascii: "]") {
                return true
            }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            if (byte == 0xBE || byte == 0xBF) && previous == 0xBF && beforePrevious == 0xEF { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The slow path: rewrites `]]>`, carriage returns and forbidden characters scalar by scalar.
    private mutating func appendCarefully(_ value: String) {
        var closingBrackets = 0
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                output += "]]>&#13;<![CDATA["
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0xFFFE, 0xFFFF:
                continue
            case UInt32(UInt8(ascii: ">")) where closingBrackets >= 2:
                output += "]]><![CDATA[>"
            default:
                output.unicodeScalars.append(scalar)
            }
            closingBrackets = scalar == "]" ? closingBrackets + 1 : 0
        }
    }
}
