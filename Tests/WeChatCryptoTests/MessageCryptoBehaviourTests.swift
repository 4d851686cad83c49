import Testing
import WeChatCrypto
import WeChatMessages

@Suite("Envelope open and seal behaviour")
struct MessageCryptoBehaviourTests {
    private let oldKey: EncodingAESKey
    private let newKey: EncodingAESKey
    private let token: CallbackToken

    init() throws {
        oldKey = try EncodingAESKey(Vectors.sampleKeyText)
        newKey = try EncodingAESKey(Vectors.wechatpyKeyText)
        token = try CallbackToken("pamtest")
    }

    private func crypto(current: EncodingAESKey, previous: EncodingAESKey? = nil, limits: XMLLimits = .default)
        -> MessageCrypto
    {
        MessageCrypto(
            configuration: .init(
                token: token,
                appID: Vectors.sampleAppID,
                currentKey: current,
                previousKey: previous,
                envelopeLimits: limits
            )
        )
    }

    /// Pulls the `MsgSignature` out of a sealed envelope, to open it as WeChat's request would be.
    private func msgSignature(of sealed: String) throws -> String {
        let root = try XMLTreeDecoder.parse(sealed)
        return try #require(root["MsgSignature"])
    }

    private func roundTrip(_ message: [UInt8], with crypto: MessageCrypto, key: KeySlot = .current) throws
        -> OpenedMessage
    {
        let sealed = try crypto.seal(message, timestamp: "1700000000", nonce: "123456789", using: key)
        return try crypto.open(
            Array(sealed.utf8),
            timestamp: "1700000000",
            nonce: "123456789",
            msgSignature: try msgSignature(of: sealed)
        )
    }

    @Test("Key rotation: sealed with the old key opens via the previous key, and the reply uses the old key")
    func keyRotation() throws {
        let beforeRotation = crypto(current: oldKey)
        let afterRotation = crypto(current: newKey, previous: oldKey)
        let sealedByWeChat = try beforeRotation.seal("你好".utf8, timestamp: "1700000000", nonce: "42")
        let opened = try afterRotation.open(
            Array(sealedByWeChat.utf8),
            timestamp: "1700000000",
            nonce: "42",
            msgSignature: try msgSignature(of: sealedByWeChat)
        )
        #expect(opened.key == .previous)
        #expect(opened.message == Array("你好".utf8))

        let reply = try afterRotation.seal("回复".utf8, timestamp: "1700000001", nonce: "43", using: opened.key)
        // Only a holder of the old key can read the reply.
        let readByOldKey = try beforeRotation.open(
            Array(reply.utf8),
            timestamp: "1700000001",
            nonce: "43",
            msgSignature: try msgSignature(of: reply)
        )
        #expect(readByOldKey.message == Array("回复".utf8))
        #expect(readByOldKey.key == .current)
        #expect(throws: WeChatCryptoError.self) {
            try crypto(current: newKey).open(
                Array(reply.utf8),
                timestamp: "1700000001",
                nonce: "43",
                msgSignature: try msgSignature(of: reply)
            )
        }
    }

    @Test("Messages sealed with the current key open with the current key while a previous one is set")
    func currentKeyFirst() throws {
        let opened = try roundTrip(Array("hi".utf8), with: crypto(current: newKey, previous: oldKey))
        #expect(opened.key == .current)
    }

    @Test("Sealing with the previous key when none is configured is refused with -40006")
    func noPreviousKey() {
        expectCryptoError(code: -40006, containing: "no previous key") {
            _ = try crypto(current: newKey).seal("x".utf8, timestamp: "1", nonce: "1", using: .previous)
        }
    }

    @Test("A foreign key fails with the current key's error after trying both")
    func neitherKeyOpens() throws {
        let stranger = crypto(current: try EncodingAESKey(Vectors.weComKeyText))
        let sealed = try stranger.seal("x".utf8, timestamp: "1", nonce: "1")
        let error = #expect(throws: WeChatCryptoError.self) {
            try crypto(current: newKey, previous: oldKey).open(
                Array(sealed.utf8),
                timestamp: "1",
                nonce: "1",
                msgSignature: try msgSignature(of: sealed)
            )
        }
        #expect([-40007, -40008].contains(error?.weChatCode))
    }

    @Test("Seeded random round trips (CJK, emoji, ]]>, empty, 0…5000 bytes) seal and open identically")
    func seededRoundTrips() throws {
        let crypto = crypto(current: newKey, previous: oldKey)
        var generator = SeededGenerator(seed: 2024)
        let pieces = ["中文", "😀", "🎉", "]]>", "<xml>", "&amp;", "a", " ", "\n", "\u{0}", "é", "]]]]><![CDATA[>"]
        var messages: [[UInt8]] = [[], Array("]]>".utf8), Array("表情😀🎉".utf8)]
        for _ in 0..<60 {
            var text = ""
            let targetBytes = Int.random(in: 0...5000, using: &generator)
            while text.utf8.count < targetBytes {
                text += pieces.randomElement(using: &generator) ?? ""
            }
            messages.append(Array(text.utf8))
        }
        for length in [0, 1, 11, 12, 13, 31, 32, 33, 44, 45, 46, 5000] {
            messages.append((0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        }
        for message in messages {
            let opened = try roundTrip(message, with: crypto)
            #expect(opened.message == message)
            #expect(opened.appID == Vectors.sampleAppID)
        }
    }

    @Test("Every length from 0 to 100 bytes round-trips, covering every pad value 1…32")
    func everyPadValue() throws {
        let crypto = crypto(current: oldKey)
        for length in 0...100 {
            let message = [UInt8](repeating: UInt8(truncatingIfNeeded: length), count: length)
            #expect(try roundTrip(message, with: crypto).message == message)
        }
    }

    @Test("Two seals of the same reply differ (fresh random prefix) but both open")
    func freshRandomEachTime() throws {
        let crypto = crypto(current: oldKey)
        let first = try crypto.seal("same".utf8, timestamp: "1", nonce: "1")
        let second = try crypto.seal("same".utf8, timestamp: "1", nonce: "1")
        #expect(first != second)
        for sealed in [first, second] {
            let opened = try crypto.open(
                Array(sealed.utf8), timestamp: "1", nonce: "1", msgSignature: try msgSignature(of: sealed))
            #expect(opened.message == Array("same".utf8))
        }
    }

    @Test("The signature is checked before decryption: garbage Encrypt with a wrong signature is -40001")
    func signatureBeforeDecryption() {
        let body = Array("<xml><Encrypt><![CDATA[!!not base64!!]]></Encrypt></xml>".utf8)
        #expect(throws: WeChatCryptoError.signatureMismatch) {
            try crypto(current: oldKey).open(
                body, timestamp: "1", nonce: "1", msgSignature: String(repeating: "0", count: 40))
        }
    }

    @Test("A correctly signed Encrypt that is not base64 is -40010")
    func signedGarbage() {
        let encrypt = "!!not-base64!!"
        let body = Array("<xml><Encrypt><![CDATA[\(encrypt)]]></Encrypt></xml>".utf8)
        let signature = WeChatSignature.messageSignature(token: "pamtest", timestamp: "1", nonce: "1", encrypt: encrypt)
        expectCryptoError(code: -40010) {
            _ = try crypto(current: oldKey).open(body, timestamp: "1", nonce: "1", msgSignature: signature)
        }
    }

    @Test(
        "Hostile or broken bodies are refused with -40002",
        arguments: [
            "",
            "   ",
            "not xml",
            "<xml><ToUserName>gh</ToUserName></xml>",
            "<xml><Encrypt></Encrypt></xml>",
            "<xml><Encrypt><![CDATA[abc]]></Encrypt>",
            "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&x;</Encrypt></xml>",
        ]
    )
    func hostileBodies(body: String) {
        expectCryptoError(code: -40002) {
            _ = try crypto(current: oldKey).open(Array(body.utf8), timestamp: "1", nonce: "1", msgSignature: "0")
        }
    }

    @Test("A body over the envelope limit is refused with -40002 before parsing")
    func hugeBody() {
        let body =
            [UInt8]("<xml><Encrypt>".utf8) + [UInt8](repeating: 0x41, count: 2_000_000) + Array("</Encrypt></xml>".utf8)
        expectCryptoError(code: -40002, containing: "larger than") {
            _ = try crypto(current: oldKey).open(body, timestamp: "1", nonce: "1", msgSignature: "0")
        }
    }

    @Test("A duplicated <Encrypt>: the signature must cover the one that is decrypted (the first)")
    func duplicatedEncrypt() throws {
        let crypto = crypto(current: oldKey)
        let cipher = MessageCipher(key: oldKey, appID: Vectors.sampleAppID)
        let first = try cipher.encrypt("first".utf8)
        let second = try cipher.encrypt("second".utf8)
        let body = Array(
            "<xml><Encrypt><![CDATA[\(first)]]></Encrypt><Encrypt><![CDATA[\(second)]]></Encrypt></xml>".utf8
        )
        let signFirst = WeChatSignature.messageSignature(token: "pamtest", timestamp: "1", nonce: "1", encrypt: first)
        let signSecond = WeChatSignature.messageSignature(token: "pamtest", timestamp: "1", nonce: "1", encrypt: second)
        #expect(
            try crypto.open(body, timestamp: "1", nonce: "1", msgSignature: signFirst).message == Array("first".utf8))
        #expect(throws: WeChatCryptoError.signatureMismatch) {
            try crypto.open(body, timestamp: "1", nonce: "1", msgSignature: signSecond)
        }
    }

    @Test("A signature over a different timestamp, nonce or token is refused")
    func signatureCoversEveryPart() throws {
        let crypto = crypto(current: oldKey)
        let sealed = try crypto.seal("x".utf8, timestamp: "100", nonce: "200")
        let signature = try msgSignature(of: sealed)
        let body = Array(sealed.utf8)
        #expect(throws: WeChatCryptoError.signatureMismatch) {
            try crypto.open(body, timestamp: "101", nonce: "200", msgSignature: signature)
        }
        #expect(throws: WeChatCryptoError.signatureMismatch) {
            try crypto.open(body, timestamp: "100", nonce: "201", msgSignature: signature)
        }
        #expect(throws: WeChatCryptoError.signatureMismatch) {
            try crypto.open(body, timestamp: "100", nonce: "200", msgSignature: signature.uppercased())
        }
        let otherToken = MessageCrypto(
            configuration: .init(token: try CallbackToken("othertoken"), appID: Vectors.sampleAppID, currentKey: oldKey)
        )
        #expect(throws: WeChatCryptoError.signatureMismatch) {
            try otherToken.open(body, timestamp: "100", nonce: "200", msgSignature: signature)
        }
    }

    @Test("Plain signature check uses the configured token (V1 values)")
    func plainSignature() throws {
        let crypto = MessageCrypto(
            configuration: .init(token: try CallbackToken("test"), appID: Vectors.sampleAppID, currentKey: oldKey)
        )
        #expect(
            crypto.isValidSignature("f21891de399b4e33a1a93c9a7b8a8fffb5a443ff", timestamp: "1410685589", nonce: "test"))
        #expect(
            !crypto.isValidSignature("f21891de399b4e33a1a93c9a7b8a8fffb5a443fe", timestamp: "1410685589", nonce: "test")
        )
    }

    @Test(
        "Reply timestamps that are not digits and nonces that would break the XML are refused with -40011",
        arguments: [
            ("", "1"), ("12a", "1"), ("1</TimeStamp>", "1"), ("1", ""), ("1", "a]]>b"), ("1", "a\nb"), ("1", "非"),
        ]
    )
    func hostileReplyFields(timestamp: String, nonce: String) {
        expectCryptoError(code: -40011) {
            _ = try crypto(current: oldKey).seal("x".utf8, timestamp: timestamp, nonce: nonce)
        }
    }

    @Test("The appid check can be turned off for the whole envelope")
    func appIDCheckOff() throws {
        let sealed = try crypto(current: oldKey).seal("x".utf8, timestamp: "1", nonce: "1")
        let strict = MessageCrypto(configuration: .init(token: token, appID: "wxother", currentKey: oldKey))
        let lenient = MessageCrypto(
            configuration: .init(token: token, appID: "wxother", currentKey: oldKey, validatesAppID: false)
        )
        let signature = try msgSignature(of: sealed)
        #expect(throws: WeChatCryptoError.appIDMismatch) {
            try strict.open(Array(sealed.utf8), timestamp: "1", nonce: "1", msgSignature: signature)
        }
        let opened = try lenient.open(Array(sealed.utf8), timestamp: "1", nonce: "1", msgSignature: signature)
        #expect(opened.appID == Vectors.sampleAppID)
    }

    @Test("Concurrent opens and seals on one shared instance all succeed")
    func concurrentUse() async throws {
        let shared = crypto(current: newKey, previous: oldKey)
        let outcomes = try await withThrowingTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for index in 0..<200 {
                group.addTask {
                    let message = Array("message \(index) 消息".utf8)
                    let sealed = try shared.seal(message, timestamp: "\(index)", nonce: "n\(index)")
                    let signature = WeChatSignature.messageSignature(
                        token: "pamtest",
                        timestamp: "\(index)",
                        nonce: "n\(index)",
                        encrypt: try #require(try XMLTreeDecoder.parse(sealed)["Encrypt"])
                    )
                    let opened = try shared.open(
                        Array(sealed.utf8), timestamp: "\(index)", nonce: "n\(index)", msgSignature: signature)
                    return opened.message == message
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.count == 200)
        #expect(outcomes.allSatisfy { $0 })
    }

    @Test("a reply's nonce and timestamp must fit the envelope: no ]]>, printable ASCII, decimal timestamp")
    func replyFieldChecks() throws {
        let crypto = crypto(current: oldKey)
        for nonce in ["]]>", "a]]>b", "abc]]>", "", "tab\there", "é"] {
            expectCryptoError(code: -40011, containing: "nonce") {
                _ = try crypto.seal(Array("<xml/>".utf8), timestamp: "1700000000", nonce: nonce)
            }
        }
        for timestamp in ["", "17e9", "-1", " 1"] {
            expectCryptoError(code: -40011, containing: "timestamp") {
                _ = try crypto.seal(Array("<xml/>".utf8), timestamp: timestamp, nonce: "n")
            }
        }
        for nonce in ["]]", "]>", "] ]>", "]]]", "x"] {
            #expect(throws: Never.self) { _ = try crypto.seal(Array("<xml/>".utf8), timestamp: "1", nonce: nonce) }
        }
    }
}
