import Testing
import WeChatMessages

@Suite("XML document decoding")
struct XMLTreeDecoderTests {
    @Test("CDATA and plain text read alike")
    func cdataAndPlain() throws {
        let root = try XMLTreeDecoder.parse("<xml><A><![CDATA[one]]></A><B>two</B></xml>")
        #expect(root.name == "xml")
        #expect(root["A"] == "one")
        #expect(root["B"] == "two")
    }

    @Test("DOCTYPE is refused")
    func doctype() {
        #expect(throws: XMLDecodingError.forbiddenDeclaration) {
            try XMLTreeDecoder.parse("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><A>&x;</A></xml>")
        }
    }
}
