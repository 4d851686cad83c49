import Testing
import WeChatCrypto
import WeChatMessages

@Suite("Envelope open and seal known answers")
struct MessageCryptoKnownAnswerTests {
    private func crypto(token: String, appID: String, key: String) throws -> MessageCrypto {
        MessageCrypto(
            configuration: .init(token: try CallbackToken(token), appID: appID, currentKey: try EncodingAESKey(key))
        )
    }

    private func officialCrypto() throws -> MessageCrypto {
        try crypto(token: "AAAAA", appID: Vectors.officialAppID, key: Vectors.officialKeyText)
    }

    private func sampleCrypto() throws -> MessageCrypto {
        try crypto(token: "pamtest", appID: Vectors.sampleAppID, key: Vectors.sampleKeyText)
    }

    private func wechatpyCrypto() throws -> MessageCrypto {
        try crypto(token: "123456", appID: Vectors.wechatpyCorpID, key: Vectors.wechatpyKeyText)
    }

    private func weComCrypto() throws -> MessageCrypto {
        try crypto(token: "QDG6eK", appID: Vectors.weComCorpID, key: Vectors.weComKeyText)
    }

    /// Opens V9's encrypted echostr with its signature and timestamp and the given nonce.
    private func openV9EchoString(nonce: String) throws -> OpenedMessage {
        try wechatpyCrypto().openEchoString(
            "4ByGGj+sVCYcvGeQYhaKIk1o0pQRNbRjxybjTGblXrBaXlTXeOo1+bXFXDQQb1o6co6Yh9Bv41n7hOchLF6p+Q==",
            timestamp: "1411443780",
            nonce: nonce,
            msgSignature: "dd6b9c95b495b3f7e2901bfbc76c664930ffdb96"
        )
    }

    private func envelope(toUserName: String, encrypt: String) -> [UInt8] {
        Array(
            "<xml><ToUserName><![CDATA[\(toUserName)]]></ToUserName>\n<Encrypt><![CDATA[\(encrypt)]]></Encrypt>\n</xml>"
                .utf8)
    }

    @Test("V5 official safe-mode POST opens: msg_signature 046e02f8…, message and appid")
    func v5Open() throws {
        let crypto = try officialCrypto()
        let encrypt = MessageCipherKnownAnswerTests.v5Encrypt
        #expect(
            WeChatSignature.messageSignature(
                token: "AAAAA", timestamp: "1714112445", nonce: "415670741", encrypt: encrypt)
                == "046e02f8204d34f8ba5fa3b1db94908f3df2e9b3"
        )
        let opened = try crypto.open(
            envelope(toUserName: "gh_97417a04a28d", encrypt: encrypt),
            timestamp: "1714112445",
            nonce: "415670741",
            msgSignature: "046e02f8204d34f8ba5fa3b1db94908f3df2e9b3"
        )
        #expect(String(decoding: opened.message, as: UTF8.self) == MessageCipherKnownAnswerTests.v5Message)
        #expect(opened.appID == "wxba5fad812f8e6fb9")
        #expect(opened.key == .current)
    }

    @Test("V6 official reply signature 1b933996…")
    func v6ReplySignature() {
        let signature = WeChatSignature.messageSignature(
            token: "AAAAA",
            timestamp: "1713424427",
            nonce: "415670741",
            encrypt: "ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ=="
        )
        #expect(signature == "1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1")
    }

    @Test("V7 seal: exact Encrypt, derived msg_signature 82c962d3…, and open of the result")
    func v7Seal() throws {
        let crypto = try sampleCrypto()
        let sealed = try crypto.seal(
            "我是中文abcd123".utf8,
            timestamp: "1409304348",
            nonce: "xxxxxx",
            randomPrefix: Vectors.sampleRandom
        )
        #expect(
            sealed == """
                <xml>
                <Encrypt><![CDATA[jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==]]></Encrypt>
                <MsgSignature><![CDATA[82c962d39941aa48552f90ef55aa323dc620cc10]]></MsgSignature>
                <TimeStamp>1409304348</TimeStamp>
                <Nonce><![CDATA[xxxxxx]]></Nonce>
                </xml>
                """
        )
        let opened = try crypto.open(
            Array(sealed.utf8),
            timestamp: "1409304348",
            nonce: "xxxxxx",
            msgSignature: "82c962d39941aa48552f90ef55aa323dc620cc10"
        )
        #expect(String(decoding: opened.message, as: UTF8.self) == "我是中文abcd123")
    }

    @Test("V7 negative: msg_signature 12345 is refused with -40001")
    func v7NegativeSignature() throws {
        let crypto = try sampleCrypto()
        let body = envelope(
            toUserName: "gh_x",
            encrypt: "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg=="
        )
        #expect(throws: CryptoError.signatureMismatch) {
            try crypto.open(body, timestamp: "1409304348", nonce: "xxxxxx", msgSignature: "12345")
        }
        #expect(CryptoError.signatureMismatch.weChatCode == -40001)
    }

    @Test("V8 derived msg_signature ea88b765… opens the video reply")
    func v8Open() throws {
        let crypto = try sampleCrypto()
        let opened = try crypto.open(
            envelope(toUserName: "gh_7f083739789a", encrypt: MessageCipherKnownAnswerTests.v8Encrypt),
            timestamp: "1409304348",
            nonce: "xxxxxx",
            msgSignature: "ea88b765074e41eb8c7a75b449db34fa2fd560d5"
        )
        #expect(String(decoding: opened.message, as: UTF8.self) == MessageCipherKnownAnswerTests.v8Message)
    }

    @Test("V9 encrypted echostr decrypts to 5927782489442352469")
    func v9EchoString() throws {
        let opened = try openV9EchoString(nonce: "437374425")
        #expect(String(decoding: opened.message, as: UTF8.self) == "5927782489442352469")
        #expect(opened.appID == "wx49f0ab532d5d035a")
    }

    @Test("V9 negative: echostr with nonce 437374424 and the same signature is refused")
    func v9EchoStringWrongNonce() {
        #expect(throws: CryptoError.signatureMismatch) { try openV9EchoString(nonce: "437374424") }
    }

    @Test("V9 encrypted reply with random 1234567890123456 is byte-exact")
    func v9SealExact() throws {
        let crypto = try wechatpyCrypto()
        let reply =
            "<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n<ToUserName><![CDATA[messense]]></ToUserName>\n<AgentID>1</AgentID>\n<CreateTime>1411525903</CreateTime>\n</xml>"
        let sealed = try crypto.seal(
            reply.utf8,
            timestamp: "1411525903",
            nonce: "461056294",
            randomPrefix: Array("1234567890123456".utf8)
        )
        let expected =
            "<xml>\n<Encrypt><![CDATA[9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk+j3nba4HMOTzHrluLBYqxgNcBqGsL8GqxlhZgURnAtObvesEl5nZ+uBE8bviY0LWke8Zy9V/QYKxNV2FqllNXcfmstttyIkMKCCmVbCFM2JTF5wY0nFhHZSjPUL2Q1qvSUCUld+/WIXrx0oyKQmpB6o8NRrrNrsDf03oxI1p9FxUgMnwKKZeOA/uu+2IEvEBtb7muXsVbwbgX05UPPJvFurDXafG0RQyPR+mf1nDnAtQmmNOuiR5MIkdQ39xn1vWwi1O5oazPoQJz0nTYjxxEE8kv3kFxtAGVRe3ypD3WeK2XeFYFMNMpatF9XiKzHo3]]></Encrypt>\n<MsgSignature><![CDATA[407518b7649e86ef23978113f92d27afa9296533]]></MsgSignature>\n<TimeStamp>1411525903</TimeStamp>\n<Nonce><![CDATA[461056294]]></Nonce>\n</xml>"
        #expect(Array(sealed.utf8) == Array(expected.utf8))
    }

    @Test("V9 decrypt message: WeCom text message with AgentID")
    func v9OpenMessage() throws {
        let crypto = try wechatpyCrypto()
        let body =
            "<xml><ToUserName><![CDATA[wx49f0ab532d5d035a]]></ToUserName>\n<Encrypt><![CDATA[RgqEoJj5A4EMYlLvWO1F86ioRjZfaex/gePD0gOXTxpsq5Yj4GNglrBb8I2BAJVODGajiFnXBu7mCPatfjsu6IHCrsTyeDXzF6Bv283dGymzxh6ydJRvZsryDyZbLTE7rhnus50qGPMfp2wASFlzEgMW9z1ef/RD8XzaFYgm7iTdaXpXaG4+BiYyolBug/gYNx410cvkKR2/nPwBiT+P4hIiOAQqGp/TywZBtDh1yCF2KOd0gpiMZ5jSw3e29mTvmUHzkVQiMS6td7vXUaWOMZnYZlF3So2SjHnwh4jYFxdgpkHHqIrH/54SNdshoQgWYEvccTKe7FS709/5t6NMxuGhcUGAPOQipvWTT4dShyqio7mlsl5noTrb++x6En749zCpQVhDpbV6GDnTbcX2e8K9QaNWHp91eBdCRxthuL0=]]></Encrypt>\n<AgentID><![CDATA[1]]></AgentID>\n</xml>"
        let opened = try crypto.open(
            body.utf8,
            timestamp: "1411525903",
            nonce: "461056294",
            msgSignature: "74d92dfeb87ba7c714f89d98870ae5eb62dff26d"
        )
        #expect(
            String(decoding: opened.message, as: UTF8.self)
                == "<xml><ToUserName><![CDATA[wx49f0ab532d5d035a]]></ToUserName>\n<FromUserName><![CDATA[messense]]></FromUserName>\n<CreateTime>1411525903</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n<MsgId>4363689963896700987</MsgId>\n<AgentID>1</AgentID>\n</xml>"
        )
        #expect(opened.appID == "wx49f0ab532d5d035a")
    }

    @Test("V10 WeCom VerifyURL echostr decrypts to 1616140317555161061 (pad 7)")
    func v10EchoString() throws {
        let crypto = try weComCrypto()
        let echoString = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="
        let opened = try crypto.openEchoString(
            echoString,
            timestamp: "1409659589",
            nonce: "263014780",
            msgSignature: "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3"
        )
        #expect(String(decoding: opened.message, as: UTF8.self) == "1616140317555161061")
        let raw = try rawPlaintext(ofBase64: echoString, key: try EncodingAESKey(Vectors.weComKeyText))
        #expect(String(decoding: raw[..<16], as: UTF8.self) == "c41b64491c2468d0")
        #expect(raw.last == 7)
    }

    @Test("V10 WeCom DecryptMsg with pad byte 30")
    func v10OpenMessage() throws {
        let crypto = try weComCrypto()
        let encrypt =
            "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q=="
        let body =
            "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[\(encrypt)]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>"
        let opened = try crypto.open(
            body.utf8,
            timestamp: "1409659813",
            nonce: "1372623149",
            msgSignature: "477715d11cdb4164915debcba66cb864d751f3e6"
        )
        #expect(
            String(decoding: opened.message, as: UTF8.self)
                == "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>"
        )
        #expect(opened.appID == "wx5823bf96d3bd56c7")
        let raw = try rawPlaintext(ofBase64: encrypt, key: try EncodingAESKey(Vectors.weComKeyText))
        #expect(String(decoding: raw[..<16], as: UTF8.self) == "0960688932c47ef1")
        #expect(raw.last == 30)
    }

    @Test("V14a and V14b derived msg_signatures")
    func v14Signatures() throws {
        let crypto = try sampleCrypto()
        let fullBlock = try crypto.seal(
            "abcdefghijklmnopqrstuvwxyz".utf8,
            timestamp: "1409304348",
            nonce: "xxxxxx",
            randomPrefix: Vectors.sampleRandom
        )
        #expect(fullBlock.contains("<MsgSignature><![CDATA[2b07674cc11d69d1eb5a852d4d239f5190949b19]]></MsgSignature>"))
        let emoji = try crypto.seal(
            "<xml><Content><![CDATA[表情😀🎉]]></Content></xml>".utf8,
            timestamp: "1409304348",
            nonce: "xxxxxx",
            randomPrefix: Vectors.sampleRandom
        )
        #expect(emoji.contains("<MsgSignature><![CDATA[5bd046b5f628c8ee7ecfd7f03a15c9bd157b8898]]></MsgSignature>"))
    }
}
