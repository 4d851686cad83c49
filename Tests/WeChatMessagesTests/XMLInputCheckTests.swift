import Testing

@testable import WeChatMessages

/// The checks before libxml2 read eight bytes a step; these tests hold them to a plain byte-by-byte reading of
/// the same rules on inputs where every token lands at every offset of a word.
@Suite("The checks before libxml2")
struct XMLInputCheckTests {
    /// Pieces the random inputs are made of: markup that matters to the declaration search, white space,
    /// controls, multi-byte characters, the non-characters XML forbids and broken UTF-8.
    private static let pieces: [[UInt8]] = [
        Array("<".utf8), Array("!".utf8), Array("]".utf8), Array(">".utf8), Array("<!".utf8),
        Array("<![CDATA[".utf8), Array("]]>".utf8), Array("<!--".utf8), Array("<!DOCTYPE".utf8), Array("--".utf8),
        Array("a".utf8), Array("xml".utf8), Array("        ".utf8), Array(" ".utf8), Array("\t\n\r".utf8),
        [0x01], [0x1F], [0x7F], Array("中".utf8), Array("😀".utf8), Array("\u{FFFE}".utf8), Array("\u{FFFF}".utf8),
        [0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    ]

    @Test("the word-at-a-time check agrees with a byte-by-byte reading on 20,000 random inputs")
    func agreesWithByteByByteReading() {
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<20_000 {
            var input: [UInt8] = []
            let pieceCount = Int(generator.next() % 24)
            for _ in 0..<pieceCount {
                input += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            let expected = ByteByByteCheck.result(input)
            let actual = input.withUnsafeBufferPointer { bytes in
                Result { () throws(XMLDecodingError) in try XMLInputSanitizer.needsCleaning(bytes) }
            }
            #expect(actual == expected, "input \(input)")
            if actual != expected { return }
        }
    }

    @Test("a declaration is found at every offset of a long printable run, and only outside CDATA")
    func declarationAtEveryOffset() {
        for offset in 0..<24 {
            let padding = String(repeating: "a", count: offset)
            let outside = Array("<xml>\(padding)<!DOCTYPE x></xml>".utf8)
            let inside = Array("<xml><![CDATA[\(padding)<!DOCTYPE x>]]>\(padding)</xml>".utf8)
            let control = Array("<xml>\(padding)\u{1}</xml>".utf8)
            #expect(needsCleaning(outside) == .failure(.forbiddenDeclaration), "offset \(offset)")
            #expect(needsCleaning(inside) == .success(false), "offset \(offset)")
            #expect(needsCleaning(control) == .success(true), "offset \(offset)")
        }
    }

    private func needsCleaning(_ input: [UInt8]) -> Result<Bool, XMLDecodingError> {
        input.withUnsafeBufferPointer { bytes in
            Result { () throws(XMLDecodingError) in try XMLInputSanitizer.needsCleaning(bytes) }
        }
    }
}

/// The rules of `XMLInputSanitizer.needsCleaning`, one byte at a time and as plainly as they can be written.
private enum ByteByByteCheck {
    static func result(_ input: [UInt8]) -> Result<Bool, XMLDecodingError> {
        guard let scalars = decode(input) else { return .failure(.invalidUTF8) }
        // Nothing but white space and C0 controls (which are dropped) is blank.
        if scalars.allSatisfy({ $0 <= 0x20 }) { return .failure(.empty) }
        let mustDrop = scalars.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xFFFE || $0 == 0xFFFF }
        if !mustDrop && hasDeclaration(input) { return .failure(.forbiddenDeclaration) }
        return .success(mustDrop)
    }

    /// The scalars of `input`, or `nil` when it is not valid UTF-8.
    private static func decode(_ input: [UInt8]) -> [UInt32]? {
        var scalars: [UInt32] = []
        var iterator = input.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar.value)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    /// `<!` outside a CDATA section, not starting a comment or a CDATA section; an unclosed section runs to the
    /// end.
    private static func hasDeclaration(_ input: [UInt8]) -> Bool {
        let text = input
        var index = 0
        var inCDATA = false
        while index < text.count {
            if inCDATA {
                if text[index...].starts(with: Array("]]>".utf8)) {
                    inCDATA = false
                    index += 3
                } else {
                    index += 1
                }
                continue
            }
            if text[index...].starts(with: Array("<![CDATA[".utf8)) {
                inCDATA = true
                index += 9
                continue
            }
            if text[index...].starts(with: Array("<!".utf8)) && !text[index...].starts(with: Array("<!--".utf8)) {
                return true
            }
            index += 1
        }
        return false
    }
}
