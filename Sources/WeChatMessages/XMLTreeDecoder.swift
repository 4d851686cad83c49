internal import CLibXML2
import Synchronization

/// Decodes a WeChat XML body into an `XMLTree` tree with libxml2's streaming reader.
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
                return try LibXMLTreeReader.read(bytes, maximumDepth: maximumDepth)
            }
            let cleaned = try XMLInputSanitizer.cleaned(bytes)
            return try cleaned.withUnsafeBufferPointer { buffer throws(XMLDecodingError) in
                try LibXMLTreeReader.read(buffer, maximumDepth: maximumDepth)
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
        // CDATA sections stay their own nodes so white space beside them can be told from their content.
        let options = wechat_xml_parse_options() & ~Int32(XML_PARSE_NOCDATA.rawValue)
        var lease = ReaderPool.shared.take()
        let started = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
            if let reused = lease?.reader {
                return xmlReaderNewMemory(reused, characters, Int32(buffer.count), nil, "UTF-8", options) == 0
            }
            lease = xmlReaderForMemory(characters, Int32(buffer.count), nil, "UTF-8", options).map {
                ReaderPool.Lease(reader: $0, bytesRead: 0)
            }
            return lease != nil
        }
        guard var lease, started else {
            if let lease { xmlFreeTextReader(lease.reader) }
            throw .malformed("the reader could not start")
        }
        let reader = lease.reader
        var isReusable = false
        defer {
            lease.bytesRead += buffer.count
            if isReusable { ReaderPool.shared.give(lease) } else { xmlFreeTextReader(reader) }
        }
        xmlTextReaderSetStructuredErrorHandler(reader, { _, _ in }, nil)

        var stack: [OpenElement] = []
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
                let element = OpenElement(tree: XMLTree(name: name))
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
                    stack[stack.count - 1].append(String(cString: value), isCDATA: type == cdataNode)
                }
            case doctypeNode, entityNode, entityReferenceNode:
                throw .forbiddenDeclaration
            default:
                continue
            }
        }
        guard let root, stack.isEmpty else { throw .malformed("no complete root element") }
        isReusable = true
        return root
    }

    private static func close(_ element: OpenElement, stack: inout [OpenElement], root: inout XMLTree?) {
        let tree = element.finished
        if stack.isEmpty {
            root = tree
        } else {
            stack[stack.count - 1].tree.children.append(tree)
        }
    }

    private static func lastErrorReason() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "not well-formed" }
        var reason = String(cString: message)
        while reason.last?.isNewline == true { reason.removeLast() }
        return "line \(error.pointee.line): \(reason)"
    }
}

/// An element whose end tag has not been read yet, with the white space that may still turn out to be layout.
///
/// WeChat's documentation writes some payloads as `<MsgType> <![CDATA[event]]> </MsgType>`: white-space-only
/// text beside a CDATA section is layout, not value, so it is held back and dropped once the element turns out
/// to hold CDATA. Text inside a CDATA section, and any text with other characters, is kept exactly; so is a
/// carriage return, which a document can only carry as `&#13;` (parsers turn a raw one into a line feed).
struct OpenElement {
    var tree: XMLTree
    private var heldWhitespace = ""
    private var holdsCDATA = false

    init(tree: XMLTree) {
        self.tree = tree
    }

    /// Adds one text or CDATA node read directly inside the element.
    mutating func append(_ text: String, isCDATA: Bool) {
        if isCDATA {
            holdsCDATA = true
            heldWhitespace = ""
            tree.text += text
        } else if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
            heldWhitespace += text
        } else {
            tree.text += heldWhitespace
            heldWhitespace = ""
            tree.text += text
        }
    }

    /// The element with its text settled: held white space is kept unless the element holds CDATA.
    var finished: XMLTree {
        guard !holdsCDATA, !heldWhitespace.isEmpty else { return tree }
        var tree = tree
        tree.text += heldWhitespace
        return tree
    }
}
