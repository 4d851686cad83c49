import Testing

@testable import WeChatCrypto

@Suite("Message cipher known answers")
struct MessageCipherKnownAnswerTests {
    static let v5Encrypt =
        "+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04="
    static let v5Message =
        #"{"ToUserName":"gh_97417a04a28d","FromUserName":"o9AgO5Kd5ggOC-bXrbNODIiE3bGY","CreateTime":1714112445,"MsgType":"event","Event":"debug_demo","debug_str":"hello world"}"#
    static let v8Message =
        "<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>"
    static let v8Encrypt =
        "jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb"

    private func sampleCipher() throws -> MessageCipher {
        MessageCipher(key: try Vectors.key(Vectors.sampleKeyText), appID: Vectors.sampleAppID)
    }

    @Test("V5 official safe-mode ciphertext decrypts: random a8eedb185eb2fecf, pad 19, appid")
    func v5Decrypt() throws {
        let key = try Vectors.key(Vectors.officialKeyText)
        let cipher = MessageCipher(key: key, appID: Vectors.officialAppID)
        let decrypted = try cipher.decrypt(Self.v5Encrypt)
        #expect(String(decoding: decrypted.message, as: UTF8.self) == Self.v5Message)
        #expect(decrypted.appID == "wxba5fad812f8e6fb9")
        let raw = try rawPlaintext(ofBase64: Self.v5Encrypt, key: key)
        #expect(String(decoding: raw[..<16], as: UTF8.self) == "a8eedb185eb2fecf")
        #expect(raw.last == 19)
        #expect(raw.suffix(19).allSatisfy { $0 == 19 })
    }

    @Test("V6 official reply ciphertext decrypts: random 707722b803182950, pad 1")
    func v6Decrypt() throws {
        let key = try Vectors.key(Vectors.officialKeyText)
        let encrypt = "ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ=="
        let decrypted = try MessageCipher(key: key, appID: Vectors.officialAppID).decrypt(encrypt)
        #expect(String(decoding: decrypted.message, as: UTF8.self) == #"{"demo_resp":"good luck"}"#)
        #expect(decrypted.appID == "wxba5fad812f8e6fb9")
        let raw = try rawPlaintext(ofBase64: encrypt, key: key)
        #expect(String(decoding: raw[..<16], as: UTF8.self) == "707722b803182950")
        #expect(raw.last == 1)
    }

    @Test("V7 WxJava testAesEncrypt: exact Encrypt for 我是中文abcd123")
    func v7Encrypt() throws {
        let message = Array("我是中文abcd123".utf8)
        #expect(message.count == 19)
        let encrypt = try sampleCipher().encrypt(message, randomPrefix: Vectors.sampleRandom)
        #expect(encrypt == "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==")
        #expect(try sampleCipher().decrypt(encrypt).message == message)
    }

    @Test("V8 WxJava testAesEncrypt2: exact Encrypt for a 435-byte video reply")
    func v8Encrypt() throws {
        #expect(Self.v8Message.utf8.count == 435)
        let encrypt = try sampleCipher().encrypt(Self.v8Message.utf8, randomPrefix: Vectors.sampleRandom)
        #expect(encrypt == Self.v8Encrypt)
        #expect(try sampleCipher().decrypt(Self.v8Encrypt).message == Array(Self.v8Message.utf8))
    }

    @Test("V11b PKCS#7 to 32 bytes of text ends in 0x1C and strips back to text")
    func v11bPadding() throws {
        var bytes = Array("text".utf8)
        WeChatPadding.pad(&bytes)
        #expect(bytes.count == 32)
        #expect(bytes.last == 0x1C)
        #expect((28 + 4) % 32 == 0)
        let unpadded = try bytes.withUnsafeBytes { buffer in
            Result { () throws(WeChatCryptoError) in try WeChatPadding.unpaddedCount(of: buffer) }
        }.get()
        #expect(Array(bytes[..<unpadded]) == Array("text".utf8))
    }

    @Test("V11c node-webot key round-trips hehe")
    func v11cRoundTrip() throws {
        let cipher = MessageCipher(
            key: try Vectors.key("bAZC8S8nz5fcQ0Ui2HxQVGbC6FzyrzWKSuDbmzpBo3G"), appID: "wx1570bcc0b3cf8bd0")
        let encrypt = try cipher.encrypt("hehe".utf8)
        let decrypted = try cipher.decrypt(encrypt)
        #expect(decrypted.message == Array("hehe".utf8))
        #expect(decrypted.appID == "wx1570bcc0b3cf8bd0")
    }

    @Test("V14a full-block padding: 64-byte plaintext gets 32 bytes of 0x20")
    func v14aFullBlockPadding() throws {
        let encrypt = try sampleCipher().encrypt("abcdefghijklmnopqrstuvwxyz".utf8, randomPrefix: Vectors.sampleRandom)
        #expect(
            encrypt
                == "jn1L23DB+6ELqJ+6bruv24kfnRA9CJ8qXRQfcTjuspbcu/BSVDHix6RSI3nK3z+fMd03dqZ5HIPCrQNNDa2xYd47apRHAo9FEf57/GQVWffqnF3WzheksoIGmk00BgBc"
        )
        let raw = try rawPlaintext(ofBase64: encrypt, key: try Vectors.key(Vectors.sampleKeyText))
        #expect(raw.count == 96)
        #expect(raw.suffix(32).allSatisfy { $0 == 0x20 })
        #expect(try sampleCipher().decrypt(encrypt).message == Array("abcdefghijklmnopqrstuvwxyz".utf8))
    }

    @Test("V14b emoji message: 56 UTF-8 bytes, pad 2")
    func v14bEmoji() throws {
        let message = "<xml><Content><![CDATA[表情😀🎉]]></Content></xml>"
        #expect(message.count == 46)
        #expect(message.utf8.count == 56)
        let encrypt = try sampleCipher().encrypt(message.utf8, randomPrefix: Vectors.sampleRandom)
        #expect(
            encrypt
                == "jn1L23DB+6ELqJ+6bruv2y3eeXEKX7XEyFxd4zGTuHPqEtLLDD3FaFP2ANOn6SDCaZ8/1tjbC32XCQ7BKibORJeREzIsHCXM2yqjJwRFQBGEU/OoiEqAIOEbtfKOE5re"
        )
        #expect(try rawPlaintext(ofBase64: encrypt, key: try Vectors.key(Vectors.sampleKeyText)).last == 2)
        #expect(String(decoding: try sampleCipher().decrypt(encrypt).message, as: UTF8.self) == message)
    }
}

@Suite("Message cipher refusals")
struct MessageCipherRefusalTests {
    private let key: EncodingAESKey
    private let cipher: MessageCipher

    init() throws {
        key = try Vectors.key(Vectors.sampleKeyText)
        cipher = MessageCipher(key: key, appID: Vectors.sampleAppID)
    }

    /// Encrypts a hand-made plaintext (already a multiple of 32 bytes), bypassing the layout and padding.
    private func ciphertext(ofPlaintext plaintext: [UInt8]) throws -> String {
        try cipher.encryptBlocks(plaintext)
    }

    /// A well-formed plaintext header: 16 random bytes and a big-endian length.
    private func header(length: UInt32) -> [UInt8] {
        Vectors.sampleRandom + [
            UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF),
        ]
    }

    @Test("Wrong appid is refused with -40005, and accepted when the check is off")
    func wrongAppID() throws {
        let encrypt = try cipher.encrypt("hello".utf8, randomPrefix: Vectors.sampleRandom)
        let other = MessageCipher(key: key, appID: "wx0000000000000000")
        #expect(throws: WeChatCryptoError.appIDMismatch) { try other.decrypt(encrypt) }
        let lenient = MessageCipher(key: key, appID: "wx0000000000000000", validatesAppID: false)
        let decrypted = try lenient.decrypt(encrypt)
        #expect(decrypted.appID == Vectors.sampleAppID)
        #expect(decrypted.message == Array("hello".utf8))
        // A prefix of the configured appid is not the appid.
        let prefix = MessageCipher(key: key, appID: "wxb11529c136998cb")
        #expect(throws: WeChatCryptoError.appIDMismatch) { try prefix.decrypt(encrypt) }
    }

    @Test("Wrong key fails cleanly (bad padding or garbage length), never crashes")
    func wrongKey() throws {
        let wrong = MessageCipher(key: try Vectors.key(Vectors.officialKeyText), appID: Vectors.sampleAppID)
        for encrypt in [MessageCipherKnownAnswerTests.v8Encrypt, try cipher.encrypt("x".utf8)] {
            let error = #expect(throws: WeChatCryptoError.self) { try wrong.decrypt(encrypt) }
            #expect([-40007, -40008].contains(error?.weChatCode))
        }
    }

    @Test("Tampered ciphertext is refused")
    func tamperedCiphertext() throws {
        let encrypt = try cipher.encrypt("hello".utf8, randomPrefix: Vectors.sampleRandom)
        var bytes = try Base64.decode(encrypt.utf8)
        // Flipping a bit in the second-to-last block flips the same bit in the last (padding) block.
        bytes[bytes.count - 17] ^= 0x01
        let tampered = bytes.withUnsafeBytes { Base64.encode($0) }
        expectCryptoError(code: -40007) { _ = try cipher.decrypt(tampered) }
    }

    @Test("Bad base64 is refused with -40010", arguments: ["not base64!", "jn1L23DB-6ELqJ", "AAAA=AAA"])
    func badBase64(text: String) {
        expectCryptoError(code: -40010) { _ = try cipher.decrypt(text) }
    }

    @Test("Empty ciphertext and lengths that are not a multiple of 32 are refused with -40007")
    func badLengths() throws {
        expectCryptoError(code: -40007) { _ = try cipher.decrypt("") }
        for length in [1, 16, 31, 33, 48, 80] {
            let bytes = [UInt8](repeating: 0x41, count: length)
            let text = bytes.withUnsafeBytes { Base64.encode($0) }
            expectCryptoError(code: -40007, containing: "not a positive multiple of 32") {
                _ = try cipher.decrypt(text)
            }
        }
    }

    @Test("Truncated ciphertext (a 32-byte block removed) is refused")
    func truncated() throws {
        let encrypt = try cipher.encrypt(Array(repeating: 0x61, count: 100), randomPrefix: Vectors.sampleRandom)
        let bytes = try Base64.decode(encrypt.utf8)
        for cut in [32, 64] {
            let truncated = Array(bytes.dropLast(cut)).withUnsafeBytes { Base64.encode($0) }
            #expect(throws: WeChatCryptoError.self) { try cipher.decrypt(truncated) }
        }
        let headOnly = Array(bytes.dropLast(16)).withUnsafeBytes { Base64.encode($0) }
        expectCryptoError(code: -40007) { _ = try cipher.decrypt(headOnly) }
    }

    @Test("Pad byte 0 or 33 is refused with -40007", arguments: [UInt8(0), 33, 0xFF])
    func padByteOutOfRange(pad: UInt8) throws {
        var plaintext = header(length: 1) + [0x61] + Array(Vectors.sampleAppID.utf8)
        plaintext += [UInt8](repeating: pad, count: 64 - plaintext.count)
        let encrypt = try ciphertext(ofPlaintext: plaintext)
        #expect(throws: WeChatCryptoError.decryptionFailed("padding byte \(pad) is outside 1...32")) {
            try cipher.decrypt(encrypt)
        }
    }

    @Test("A pad byte longer than the buffer, or an empty buffer, is refused by the unpadder")
    func padLongerThanBuffer() {
        for bytes in [[UInt8](repeating: 10, count: 5), []] {
            expectCryptoError(code: -40007) {
                _ = try bytes.withUnsafeBytes { buffer in
                    Result { () throws(WeChatCryptoError) in try WeChatPadding.unpaddedCount(of: buffer) }
                }.get()
            }
        }
    }

    @Test("Inconsistent pad bytes are refused with -40007")
    func inconsistentPadding() throws {
        var plaintext = header(length: 1) + [0x61] + Array(Vectors.sampleAppID.utf8)
        let padCount = 64 - plaintext.count
        plaintext += [UInt8](repeating: UInt8(padCount), count: padCount)
        plaintext[plaintext.count - padCount] ^= 0x40
        let encrypt = try ciphertext(ofPlaintext: plaintext)
        #expect(throws: WeChatCryptoError.decryptionFailed("padding bytes are inconsistent")) {
            try cipher.decrypt(encrypt)
        }
    }

    @Test(
        "A garbage big-endian length is refused with -40008 before any slicing",
        arguments: [UInt32(25), 100, 890_000_000, UInt32.max]
    )
    func garbageLength(length: UInt32) throws {
        // 20-byte header + 12 bytes of content, no padding room: pad with a full 32-byte block.
        var plaintext = header(length: length) + [UInt8](repeating: 0x62, count: 12)
        plaintext += [UInt8](repeating: 32, count: 32)
        let encrypt = try ciphertext(ofPlaintext: plaintext)
        expectCryptoError(code: -40008) { _ = try cipher.decrypt(encrypt) }
    }

    @Test("A plaintext shorter than the 20-byte header is refused with -40008")
    func shortPlaintext() throws {
        var plaintext = [UInt8](repeating: 0x61, count: 10)
        plaintext += [UInt8](repeating: 22, count: 22)
        let encrypt = try ciphertext(ofPlaintext: plaintext)
        expectCryptoError(code: -40008) { _ = try cipher.decrypt(encrypt) }
    }

    @Test("A message that fills the whole plaintext leaves an empty receive id")
    func emptyReceiveID() throws {
        var plaintext = header(length: 12) + [UInt8](repeating: 0x63, count: 12)
        plaintext += [UInt8](repeating: 32, count: 32)
        let encrypt = try ciphertext(ofPlaintext: plaintext)
        #expect(throws: WeChatCryptoError.appIDMismatch) { try cipher.decrypt(encrypt) }
        let lenient = MessageCipher(key: key, appID: Vectors.sampleAppID, validatesAppID: false)
        let decrypted = try lenient.decrypt(encrypt)
        #expect(decrypted.message == [UInt8](repeating: 0x63, count: 12))
        #expect(decrypted.appID == "")
    }

    @Test("A random prefix of the wrong size is refused with -40006", arguments: [0, 15, 17])
    func wrongRandomPrefix(count: Int) {
        expectCryptoError(code: -40006) {
            _ = try cipher.encrypt("x".utf8, randomPrefix: [UInt8](repeating: 1, count: count))
        }
    }

    @Test("Errors never contain the key or the ciphertext")
    func errorsAreSafe() throws {
        let encrypt = try cipher.encrypt("secret message".utf8)
        let wrong = MessageCipher(key: try Vectors.key(Vectors.officialKeyText), appID: Vectors.sampleAppID)
        do {
            _ = try wrong.decrypt(encrypt)
            Issue.record("wrong key accepted")
        } catch {
            #expect(!error.description.contains(encrypt.prefix(12)))
            #expect(!error.description.contains(Vectors.sampleKeyText.prefix(12)))
            #expect(!error.description.contains("secret"))
        }
    }
}

@Suite("Message cipher random prefixes")
struct MessageCipherRandomPrefixTests {
    @Test("every sealed message starts with 16 fresh bytes, across refills of the random pool (256 a refill)")
    func freshPrefixes() throws {
        let key = try Vectors.key(Vectors.sampleKeyText)
        let cipher = MessageCipher(key: key, appID: Vectors.sampleAppID)
        var prefixes = Set<[UInt8]>()
        var zeroBytes = 0
        for _ in 0..<600 {
            let plaintext = try rawPlaintext(ofBase64: try cipher.encrypt("hello".utf8), key: key)
            let prefix = Array(plaintext.prefix(MessageCipher.randomPrefixCount))
            prefixes.insert(prefix)
            zeroBytes += prefix.count { $0 == 0 }
            #expect(try cipher.decrypt(try cipher.encrypt("hello".utf8)).message == Array("hello".utf8))
        }
        #expect(prefixes.count == 600)
        // 9,600 random bytes hold about 37 zeros; an unfilled pool would hold thousands.
        #expect(zeroBytes < 200)
    }
}
