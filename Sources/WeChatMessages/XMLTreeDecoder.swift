internal import CLibXML2

/// Decodes a WeChat XML body into an `XMLTree` tree with libxml2's streaming reader.
///
/// Before libxml2 sees a byte the body is checked: size limit, UTF-8 validity, and no `<!DOCTYPE` or
/// `<!ENTITY` (so no external entities and no entity expansion can ever happen). Control characters that
/// real users put into messages (U+0000–U+001F except TAB/LF/CR, and U+FFFE/U+FFFF) are dropped, as
/// PROTOCOL.md §9.1 advises, so such a message still parses.
public enum XMLTreeDecoder {
    /// Parses `bytes` and returns the root element.
    public static func parse(
        _ bytes: some Collection<UInt8>,
        limits: XMLLimits = .default
    ) throws(XMLDecodingError) -> XMLTree {
        guard bytes.count <= limits.maximumBytes else { throw .tooLarge(limit: limits.maximumBytes) }
        let prepared = try XMLInputSanitizer.prepare(bytes)
        return try prepared.withUnsafeBufferPointer { buffer throws(XMLDecodingError) in
            try LibXMLTreeReader.read(buffer, maximumDepth: limits.maximumDepth)
        }
    }

    /// Parses a string (already valid Unicode) and returns the root element.
    public static func parse(_ string: String, limits: XMLLimits = .default) throws(XMLDecodingError) -> XMLTree {
        try parse(string.utf8, limits: limits)
    }
}

/// The checks and clean-up applied to raw bytes before they reach libxml2.
enum XMLInputSanitizer {
    /// Validates and cleans `bytes`, returning a copy libxml2 may read.
    static func prepare(_ bytes: some Collection<UInt8>) throws(XMLDecodingError) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var onlyWhitespace = true
        // Decode UTF-8 by hand so validation, control-character removal and the declaration scan are one pass.
        while let lead = iterator.next() {
            if lead < 0x80 {
                if lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D { continue }
                if onlyWhitespace && !(lead == 0x20 || lead == 0x09 || lead == 0x0A || lead == 0x0D) {
                    onlyWhitespace = false
                }
                output.append(lead)
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
            var sequence: (UInt8, UInt8, UInt8, UInt8) = (lead, 0, 0, 0)
            for index in 1..<width {
                guard let next = iterator.next(), next & 0xC0 == 0x80 else { throw .invalidUTF8 }
                scalar = scalar << 6 | UInt32(next & 0x3F)
                switch index {
                case 1: sequence.1 = next
                case 2: sequence.2 = next
                default: sequence.3 = next
                }
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                throw .invalidUTF8
            }
            if scalar == 0xFFFE || scalar == 0xFFFF { continue }
            output.append(sequence.0)
            output.append(sequence.1)
            if width > 2 { output.append(sequence.2) }
            if width > 3 { output.append(sequence.3) }
        }
        if onlyWhitespace { throw .empty }
        if containsDeclaration(output) { throw .forbiddenDeclaration }
        return output
    }

    /// Whether `bytes` holds `<!` followed by anything but a comment or a CDATA section.
    ///
    /// That refuses `<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT`, ... in any case, wherever they appear.
    private static func containsDeclaration(_ bytes: [UInt8]) -> Bool {
        let cdata: [UInt8] = Array("[CDATA[".utf8)
        var index = 0
        let end = bytes.count
        while index + 1 < end {
            if bytes[index] == UInt8(ascii: "<") && bytes[index + 1] == UInt8(ascii: "!") {
                let rest = index + 2
                let isComment = rest + 1 < end && bytes[rest] == UInt8(ascii: "-") && bytes[rest + 1] == UInt8(ascii: "-")
                let isCDATA = rest + cdata.count <= end && bytes[rest..<rest + cdata.count].elementsEqual(cdata)
                if !isComment && !isCDATA { return true }
                if isCDATA {
                    // Skip the section: its content may legally contain "<!".
                    index = rest + cdata.count
                    while index + 2 < end
                        && !(bytes[index] == UInt8(ascii: "]") && bytes[index + 1] == UInt8(ascii: "]")
                            && bytes[index + 2] == UInt8(ascii: ">"))
                    {
                        index += 1
                    }
                    continue
                }
            }
            index += 1
        }
        return false
    }
}

/// Walks libxml2's reader over a prepared buffer and builds the element tree.
enum LibXMLTreeReader {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    // libxml2's xmlReaderTypes, converted once (C enums import as UInt32).
    private static let elementNode = Int32(XML_READER_TYPE_ELEMENT.rawValue)
    private static let endElementNode = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)
    private static let textNode = Int32(XML_READER_TYPE_TEXT.rawValue)
    private static let cdataNode = Int32(XML_READER_TYPE_CDATA.rawValue)
    private static let significantWhitespaceNode = Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue)
    private static let doctypeNode = Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue)
    private static let entityNode = Int32(XML_READER_TYPE_ENTITY.rawValue)
    private static let entityReferenceNode = Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue)

    static func read(_ buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int) throws(XMLDecodingError) -> XMLTree {
        _ = initialized
        guard let base = buffer.baseAddress else { throw .empty }
        let options = wechat_xml_parse_options()
        let reader = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
            xmlReaderForMemory(characters, Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let reader else { throw .malformed("the reader could not start") }
        defer { xmlFreeTextReader(reader) }
        xmlTextReaderSetStructuredErrorHandler(reader, { _, _ in }, nil)

        var stack: [XMLTree] = []
        var root: XMLTree?
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status == 1 else { throw .malformed(lastErrorReason()) }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case elementNode:
                guard root == nil else { throw .malformed("content after the root element") }
                guard stack.count < maximumDepth else { throw .tooDeep(limit: maximumDepth) }
                let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
                let element = XMLTree(name: name)
                if xmlTextReaderIsEmptyElement(reader) == 1 {
                    close(element, stack: &stack, root: &root)
                } else {
                    stack.append(element)
                }
            case endElementNode:
                guard let element = stack.popLast() else { throw .malformed("unbalanced end tag") }
                close(element, stack: &stack, root: &root)
            case textNode, cdataNode, significantWhitespaceNode:
                if let value = xmlTextReaderConstValue(reader), !stack.isEmpty {
                    stack[stack.count - 1].text += String(cString: value)
                }
            case doctypeNode, entityNode, entityReferenceNode:
                throw .forbiddenDeclaration
            default:
                continue
            }
        }
        guard let root, stack.isEmpty else { throw .malformed("no complete root element") }
        return root
    }

    private static func close(_ element: XMLTree, stack: inout [XMLTree], root: inout XMLTree?) {
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    private static func lastErrorReason() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "not well-formed" }
        var reason = String(cString: message)
        while reason.last?.isNewline == true { reason.removeLast() }
        return "line \(error.pointee.line): \(reason)"
    }
}
