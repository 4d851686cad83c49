import Testing

@testable import WeChatCrypto

@Suite("Base64")
struct Base64Tests {
    /// RFC 4648 §10 test vectors.
    static let rfc4648Vectors: [(String, String)] = [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ]

    @Test("RFC 4648 vectors encode and decode", arguments: rfc4648Vectors)
    func rfcVectors(plain: String, encoded: String) throws {
        let bytes = Array(plain.utf8)
        #expect(bytes.withUnsafeBytes { Base64.encode($0) } == encoded)
        #expect(try Base64.decode(encoded.utf8) == bytes)
    }

    @Test("Unpadded input and CR/LF line breaks are tolerated")
    func lenientInput() throws {
        #expect(try Base64.decode("Zm9vYg".utf8) == Array("foob".utf8))
        #expect(try Base64.decode("Zm9vYmE".utf8) == Array("fooba".utf8))
        #expect(try Base64.decode("Zm9v\r\nYmFy\r\n".utf8) == Array("foobar".utf8))
        #expect(try Base64.decode("Zm\n9vYg=\r\n=".utf8) == Array("foob".utf8))
    }

    @Test("Non-canonical trailing bits are ignored")
    func nonCanonicalBits() throws {
        // "Zh==" and "Zg==" differ only in the 4 discarded bits.
        #expect(try Base64.decode("Zh==".utf8) == Array("f".utf8))
        #expect(try Base64.decode("Zm9=".utf8) == Array("fo".utf8))
    }

    @Test(
        "Malformed input is refused with code -40010 and the offending byte position",
        arguments: [
            ("Zm9v!", 5), ("-_", 1), ("Zg=a", 4), ("Zg===", 5), ("Z", 1), ("Zm9vY", 5),
            ("Zm9v Ym", 5), ("Zm9=v", 5), ("=", 1), ("Zm9v\u{0}", 5), ("\u{E9}", 1),
            // After whole groups of four: the position still counts from the first byte.
            ("Zm9vYmFy!xyz", 9), ("Zm9vYmFyZg==Zg==", 13), ("Zm9vYmFyZm9vYmFy-", 17),
        ]
    )
    func malformedInput(text: String, position: Int) {
        #expect(throws: WeChatCryptoError.invalidBase64(position: position)) {
            try Base64.decode(text.utf8)
        }
        #expect(WeChatCryptoError.invalidBase64(position: position).weChatCode == -40010)
    }

    @Test("Every byte value and every length up to 300 round-trips")
    func binaryRoundTrip() throws {
        var generator = SeededGenerator(seed: 42)
        for length in 0...300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let encoded = bytes.withUnsafeBytes { Base64.encode($0) }
            #expect(encoded.utf8.count == (length + 2) / 3 * 4)
            #expect(try Base64.decode(encoded.utf8) == bytes)
        }
        let all = (0...255).map { UInt8($0) }
        #expect(try Base64.decode(all.withUnsafeBytes { Base64.encode($0) }.utf8) == all)
    }
}
