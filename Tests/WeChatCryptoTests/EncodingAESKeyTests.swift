import Testing

@testable import WeChatCrypto

@Suite("EncodingAESKey validation")
struct EncodingAESKeyTests {
    @Test("43 × A decodes to 32 zero bytes (V5 key)")
    func officialKeyIsZero() throws {
        let key = try EncodingAESKey(Vectors.officialKeyText)
        #expect(rawBytes(of: key) == [UInt8](repeating: 0, count: 32))
    }

    @Test("The OA sample key decodes to the documented bytes, IV is the first 16 (V7)")
    func sampleKeyBytes() throws {
        let key = try EncodingAESKey(Vectors.sampleKeyText)
        #expect(hex(rawBytes(of: key)) == "69b71d79f8218a39259a7a29aabb2dbafc31cb3d35db7e39ebbf3d0010831051")
        #expect(hex(key.iv) == "69b71d79f8218a39259a7a29aabb2dba")
    }

    @Test("Non-canonical keys of wechatpy (V9) and WeCom (V10) decode to the documented bytes")
    func nonCanonicalKeys() throws {
        #expect(
            hex(rawBytes(of: try EncodingAESKey(Vectors.wechatpyKeyText)))
                == "916c4f115d94103cb15a998f74a0b71787603c398ebdf297d471a71140d2d5a4"
        )
        #expect(
            hex(rawBytes(of: try EncodingAESKey(Vectors.weComKeyText)))
                == "8d69989bbaabe67328014c194631ad0719b3dca035b64023df292447aab60760"
        )
    }

    @Test("The peers' non-canonical key is accepted")
    func peersKeyAccepted() throws {
        let key = try EncodingAESKey("hDAEYqL62pBum9BIy2ewA5s02KGvdiP4TLqi58G5tLS")
        #expect(rawBytes(of: key).count == 32)
        #expect(key.text == "hDAEYqL62pBum9BIy2ewA5s02KGvdiP4TLqi58G5tLS")
    }

    @Test(
        "Keys of the wrong length are refused with the length in the message",
        arguments: [
            ("", 0),
            ("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 42),
            ("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 44),
            ("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", 43),
            (String(repeating: "A", count: 10_000), 10_000),
        ]
    )
    func wrongLengthRefused(text: String, length: Int) {
        let fault = length == 43 ? "position 43" : "must be 43 characters, got \(length)"
        expectCryptoError(code: -40004, containing: fault) { _ = try EncodingAESKey(text) }
    }

    @Test(
        "A key with a character outside the alphabet names its position",
        arguments: [
            ("abcd-fghijklmnopqrstuvwxyz0123456789ABCDEFG", 5),
            ("-bcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", 1),
            ("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF_", 43),
            ("abcdefghijklmnopqrstuvwxyz 123456789ABCDEFG", 27),
            ("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF\u{E9}", 43),
            ("abcdefghijklmnopqrstuvwxyz0123456789ABCDE\u{1F600}G", 42),
        ]
    )
    func badCharacterRefused(text: String, position: Int) {
        #expect(text.count == 43)
        expectCryptoError(
            code: -40004,
            containing:
                "invalid EncodingAESKey: character at position \(position) is not in the base64 alphabet (WeChat code -40004)"
        ) { _ = try EncodingAESKey(text) }
    }

    @Test("Errors, description and mirror never show the key")
    func keyNeverPrinted() throws {
        let key = try EncodingAESKey(Vectors.sampleKeyText)
        #expect("\(key)" == "EncodingAESKey(redacted)")
        #expect(String(reflecting: key) == "EncodingAESKey(redacted)")
        var dumped = ""
        dump(key, to: &dumped)
        #expect(!dumped.contains("abcdefghijklmnop"))
        do {
            _ = try EncodingAESKey("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF-")
            Issue.record("a bad key was accepted")
        } catch {
            #expect(!error.description.contains("abcdefghijklmnop"))
        }
    }

    @Test("Random keys are valid, 43 characters and distinct")
    func randomKeys() throws {
        var generator = SeededGenerator(seed: 7)
        let keys = (0..<100).map { _ in EncodingAESKey.random(using: &generator) }
        #expect(Set(keys.map(\.text)).count == 100)
        for key in keys {
            #expect(key.text.count == 43)
            let reparsed = try EncodingAESKey(key.text)
            #expect(rawBytes(of: reparsed) == rawBytes(of: key))
        }
        #expect(EncodingAESKey.random().text != EncodingAESKey.random().text)
    }
}

@Suite("CallbackToken validation")
struct CallbackTokenTests {
    @Test(
        "Tokens of the vectors are accepted",
        arguments: ["AAAAA", "pamtest", "123456", "QDG6eK", "RMNlACHlV5ThzfRlVS4D4"])
    func vectorTokensAccepted(text: String) throws {
        #expect(try CallbackToken(text).text == text)
    }

    @Test(
        "Tokens breaking the 3–32 letters-or-digits rule are refused",
        arguments: ["", "ab", String(repeating: "a", count: 33), "abc-def", "tok en", "令牌令牌", "abc\n"]
    )
    func badTokensRefused(text: String) {
        expectCryptoError(code: -40001, containing: "invalid token") { _ = try CallbackToken(text) }
    }

    @Test("A token is never printed")
    func tokenNeverPrinted() throws {
        let token = try CallbackToken("secretToken42")
        #expect(!"\(token)".contains("secretToken42"))
        #expect(!String(reflecting: token).contains("secretToken42"))
    }
}
