import Testing
import WeChatMessages

@Suite("Hostile and broken inputs")
struct HostileInputTests {
    private static let validText = Fixtures.message("text", "<Content>hi</Content><MsgId>1</MsgId>")

    @Test("XXE through an external entity is refused")
    func xxe() {
        let xml =
            "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<xml>\(Fixtures.header(msgType: "text"))<Content>&xxe;</Content><MsgId>1</MsgId></xml>"
        #expect(throws: XMLDecodingError.forbiddenDeclaration) { try InboundMessage(parsing: xml.utf8) }
    }

    @Test("billion laughs is refused")
    func billionLaughs() {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        xml += "]><xml><Content>&lol9;</Content></xml>"
        #expect(throws: XMLDecodingError.forbiddenDeclaration) { try InboundMessage(parsing: xml.utf8) }
    }

    @Test("a bare <!ENTITY and a lower-case <!doctype are refused")
    func bareDeclarations() {
        #expect(throws: XMLDecodingError.forbiddenDeclaration) {
            try InboundMessage(parsing: "<xml><!ENTITY x \"y\"><Content>a</Content></xml>".utf8)
        }
        #expect(throws: XMLDecodingError.forbiddenDeclaration) {
            try InboundMessage(parsing: "<!doctype xml><xml></xml>".utf8)
        }
    }

    @Test("<! inside CDATA is content, not a declaration")
    func declarationInsideCDATA() throws {
        let xml = Fixtures.message("text", "<Content><![CDATA[<!DOCTYPE not really>]]></Content><MsgId>1</MsgId>")
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not text")
            return
        }
        #expect(text.content == "<!DOCTYPE not really>")
    }

    @Test(
        "malformed and unclosed documents",
        arguments: [
            "<xml><ToUserName>a</xml>",
            "<xml><ToUserName>a</ToUserName>",
            "<xml>",
            "not xml at all",
            "<xml></xml><xml></xml>",
            "<xml><a></b></xml>",
        ])
    func malformed(xml: String) {
        let error = #expect(throws: XMLDecodingError.self) { try InboundMessage(parsing: xml.utf8) }
        #expect(error?.description.hasPrefix("malformed XML") == true, "\(String(describing: error))")
        #expect(error?.weChatCode == -40002)
    }

    @Test("empty and whitespace-only bodies", arguments: ["", " ", "\n\t\r\n   "])
    func empty(body: String) {
        #expect(throws: XMLDecodingError.empty) { try InboundMessage(parsing: body.utf8) }
    }

    @Test("bodies over the configured size limit")
    func tooLarge() {
        #expect(throws: XMLDecodingError.tooLarge(limit: 64)) {
            try InboundMessage(parsing: Self.validText.utf8, limits: XMLLimits(maximumBytes: 64))
        }
        let huge = Fixtures.message("text", "<Content>\(String(repeating: "x", count: 1 << 20))</Content>")
        #expect(throws: XMLDecodingError.tooLarge(limit: 1 << 20)) { try InboundMessage(parsing: huge.utf8) }
    }

    @Test(
        "invalid UTF-8",
        arguments: [
            [0x80] as [UInt8],  // lone continuation byte
            [0xC0, 0xAF],  // overlong "/"
            [0xE0, 0x80, 0xAF],  // overlong three-byte form
            [0xED, 0xA0, 0x80],  // UTF-16 surrogate U+D800
            [0xF4, 0x90, 0x80, 0x80],  // beyond U+10FFFF
            [0xE4, 0xB8],  // truncated sequence
            [0xFF],
        ])
    func invalidUTF8(bad: [UInt8]) {
        let prefix = Array("<xml>\(Fixtures.header(msgType: "text"))<Content>".utf8)
        let suffix = Array("</Content><MsgId>1</MsgId></xml>".utf8)
        #expect(throws: XMLDecodingError.invalidUTF8) { try InboundMessage(parsing: prefix + bad + suffix) }
    }

    @Test("nesting beyond the depth limit")
    func tooDeep() {
        let deep = String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40)
        #expect(throws: XMLDecodingError.tooDeep(limit: 32)) {
            try InboundMessage(parsing: Fixtures.message("text", deep).utf8)
        }
        #expect(throws: XMLDecodingError.tooDeep(limit: 2)) {
            try InboundMessage(
                parsing: Fixtures.message("text", "<a><b>x</b></a>").utf8, limits: XMLLimits(maximumDepth: 2))
        }
    }

    @Test("missing header fields", arguments: ["ToUserName", "FromUserName", "CreateTime", "MsgType"])
    func missingHeaderField(name: String) throws {
        let tree = try XMLTreeDecoder.parse(Self.validText)
        var pruned = tree
        pruned.children.removeAll { $0.name == name }
        #expect(throws: XMLDecodingError.missingField(name)) { try InboundMessage(tree: pruned) }
    }

    @Test("non-numeric and overflowing CreateTime", arguments: ["abc", "12.5", "", "99999999999999999999"])
    func invalidCreateTime(value: String) {
        let xml = "<xml>\(Fixtures.header(msgType: "text", time: value))<Content>a</Content></xml>"
        #expect(throws: XMLDecodingError.invalidField("CreateTime", value: value)) {
            try InboundMessage(parsing: xml.utf8)
        }
    }

    @Test("control characters U+0001 and U+001D inside CDATA are dropped")
    func controlCharacters() throws {
        let xml = Fixtures.message("text", "<Content><![CDATA[a\u{01}b \u{1D}c\u{FFFF}]]></Content><MsgId>1</MsgId>")
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not text")
            return
        }
        #expect(text.content == "ab c")
    }

    @Test("errors describe themselves without echoing secrets")
    func descriptions() {
        #expect(XMLDecodingError.missingField("MsgType").description == "required field <MsgType> is missing")
        let long = String(repeating: "s", count: 500)
        #expect(XMLDecodingError.invalidField("CreateTime", value: long).description.count < 120)
    }

    @Test("a declaration that a dropped control character would join is still refused")
    func declarationJoinedByCleaning() {
        let xml = "<\u{01}!DOCTYPE xml [<!ENTITY a \"b\">]>" + Self.validText
        #expect(throws: XMLDecodingError.forbiddenDeclaration) { try InboundMessage(parsing: xml.utf8) }
    }

    @Test("a body of control characters and white space is empty")
    func onlyControlCharacters() {
        #expect(throws: XMLDecodingError.empty) { try InboundMessage(parsing: " \u{01}\n\u{1F}\t".utf8) }
    }

    @Test("non-contiguous bytes decode like contiguous ones, cleaned or not")
    func nonContiguousInput() throws {
        let clean = Self.validText
        let dirty = Fixtures.message("text", "<Content>h\u{02}i\u{FFFE}</Content><MsgId>1</MsgId>")
        for xml in [clean, dirty] {
            let contiguous = try InboundMessage(parsing: Array(xml.utf8))
            let chunked = try InboundMessage(parsing: xml.utf8.lazy.map { $0 })
            #expect(contiguous == chunked)
            guard case .text(let message) = chunked else { throw Fixtures.FixtureError.unexpectedCase }
            #expect(message.content == "hi")
        }
    }

    @Test("UTF-8 cut off at the end of the body is invalid")
    func truncatedUTF8() {
        let bytes = Array(Self.validText.utf8) + [0xE5, 0xA4]
        #expect(throws: XMLDecodingError.invalidUTF8) { try InboundMessage(parsing: bytes) }
    }
}
