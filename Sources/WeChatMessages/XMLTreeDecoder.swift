/// Decodes a WeChat XML body into an `XMLTree` tree with libxml2's SAX2 parser.
///
/// Before libxml2 sees a byte the body is checked: size limit, UTF-8 validity, and no `<!DOCTYPE` or
/// `<!ENTITY` (so no external entities and no entity expansion can ever happen). Control characters that
/// real users put into messages (U+0000–U+001F except TAB/LF/CR, and U+FFFE/U+FFFF) are dropped, as
/// WeRoBot's fix for such messages does, so such a message still parses instead of failing as invalid XML.
public enum XMLTreeDecoder {
    /// Parses `bytes` and returns the root element.
    public static func parse(
        _ bytes: some Collection<UInt8>,
        limits: XMLLimits = .default
    ) throws(XMLDecodingError) -> XMLTree {
        guard bytes.count <= limits.maximumBytes else { throw .tooLarge(limit: limits.maximumBytes) }
        // One non-generic pass over contiguous bytes: a generic byte iterator costs a call per byte when this
        // is called from another module.
        let parsed =
            bytes.withContiguousStorageIfAvailable { parse(contiguous: $0, maximumDepth: limits.maximumDepth) }
            ?? Array(bytes).withUnsafeBufferPointer { parse(contiguous: $0, maximumDepth: limits.maximumDepth) }
        return try parsed.get()
    }

    /// Parses a string (already valid Unicode) and returns the root element.
    public static func parse(_ string: String, limits: XMLLimits = .default) throws(XMLDecodingError) -> XMLTree {
        try parse(string.utf8, limits: limits)
    }

    /// Checks `bytes` and hands them to libxml2 as they are, or a cleaned copy when characters must be dropped.
    private static func parse(
        contiguous bytes: UnsafeBufferPointer<UInt8>,
        maximumDepth: Int
    ) -> Result<XMLTree, XMLDecodingError> {
        Result { () throws(XMLDecodingError) in
            guard try XMLInputSanitizer.needsCleaning(bytes) else {
                return try LibXMLTreeParser.parse(bytes, maximumDepth: maximumDepth)
            }
            let cleaned = try XMLInputSanitizer.cleaned(bytes)
            return try cleaned.withUnsafeBufferPointer { buffer throws(XMLDecodingError) in
                try LibXMLTreeParser.parse(buffer, maximumDepth: maximumDepth)
            }
        }
    }
}

/// The checks and clean-up applied to raw bytes before they reach libxml2.
///
/// Almost every body needs no clean-up, so the check is a read-only pass and a copy is made only when a
/// character must be dropped.
enum XMLInputSanitizer {
    /// Validates `bytes` (UTF-8, not blank, no declaration) and tells whether characters must be dropped
    /// (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF) before libxml2 may read them.
    static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLDecodingError) -> Bool {
        var needsCleaning = false
        var onlyWhitespace = true
        var index = 0
        let end = bytes.count
        // Decode UTF-8 by hand so validation, the control-character search and the blank check are one pass.
        while index < end {
            // Eight printable ASCII bytes at a time: nothing in them to validate or drop.
            if let word = ByteWord(bytes, at: index), word.isPrintableASCII {
                if !word.isAllSpaces { onlyWhitespace = false }
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if !isWhitespace(lead) {
                    if lead < 0x20 { needsCleaning = true } else { onlyWhitespace = false }
                }
                index += 1
                continue
            }
            onlyWhitespace = false
            let width: Int
            let minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: width = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: width = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: width = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: throw .invalidUTF8
            }
            guard end - index >= width else { throw .invalidUTF8 }
            for offset in 1..<width {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { throw .invalidUTF8 }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                throw .invalidUTF8
            }
            if scalar == 0xFFFE || scalar == 0xFFFF { needsCleaning = true }
            index += width
        }
        if onlyWhitespace { throw .empty }
        // A dropped character could join "<" and "!": the cleaned copy is checked again in `cleaned`.
        if !needsCleaning && containsDeclaration(bytes) { throw .forbiddenDeclaration }
        return needsCleaning
    }

    /// A copy of validated UTF-8 `bytes` without the characters XML forbids; throws when the copy is blank or
    /// holds a declaration.
    static func cleaned(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLDecodingError) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        let end = bytes.count
        while index < end {
            let lead = bytes[index]
            if lead < 0x20 && !isWhitespace(lead) {
                index += 1
                continue
            }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF; `bytes` is valid UTF-8, so EF always leads 3 bytes.
            if lead == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                index += 3
                continue
            }
            output.append(lead)
            index += 1
        }
        guard output.contains(where: { !isWhitespace($0) }) else { throw .empty }
        let hasDeclaration = output.withUnsafeBufferPointer { containsDeclaration($0) }
        if hasDeclaration { throw .forbiddenDeclaration }
        return output
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether `bytes` holds `<!` followed by anything but a comment or a CDATA section.
    ///
    /// That refuses `<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT`, ... in any case, wherever they appear.
    private static func containsDeclaration(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let cdata: StaticString = "[CDATA["
        let cdataCount = cdata.utf8CodeUnitCount
        var index = 0
        let end = bytes.count
        while let open = ByteWord.firstOffset(of: UInt8(ascii: "<"), in: bytes, from: index) {
            index = open + 1
            guard open + 1 < end, bytes[open + 1] == UInt8(ascii: "!") else { continue }
            let rest = open + 2
            let isComment = rest + 1 < end && bytes[rest] == UInt8(ascii: "-") && bytes[rest + 1] == UInt8(ascii: "-")
            let isCDATA =
                rest + cdataCount <= end
                && UnsafeBufferPointer(start: cdata.utf8Start, count: cdataCount).elementsEqual(
                    bytes[rest..<rest + cdataCount])
            if !isComment && !isCDATA { return true }
            guard isCDATA else { continue }
            // Skip the section: its content may legally contain "<!".
            index = rest + cdataCount
            var isClosed = false
            while !isClosed, let close = ByteWord.firstOffset(of: UInt8(ascii: "]"), in: bytes, from: index) {
                index = close + 1
                isClosed =
                    close + 2 < end && bytes[close + 1] == UInt8(ascii: "]") && bytes[close + 2] == UInt8(ascii: ">")
            }
            // The rest of an unclosed section is its content, which libxml2 refuses as a whole.
            guard isClosed else { return false }
            index += 2
        }
        return false
    }
}
