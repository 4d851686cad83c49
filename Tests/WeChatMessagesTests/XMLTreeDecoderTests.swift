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

    @Test("predefined entities and character references in text, split or not, read as one value")
    func entitiesAndCharacterReferences() throws {
        let root = try XMLTreeDecoder.parse(
            "<xml><A>a &amp; b &lt;c&gt; &quot;d&apos;</A><B>&#26469;&#x81EA;</B><C>x&#13;y</C><D>  &#32;  </D></xml>")
        #expect(root["A"] == "a & b <c> \"d'")
        #expect(root["B"] == "来自")
        #expect(root["C"] == "x\ry")
        #expect(root["D"] == "     ")
    }

    @Test("empty elements, attributes, prefixes, comments and processing instructions")
    func markupAroundValues() throws {
        let root = try XMLTreeDecoder.parse(
            "<?xml version=\"1.0\"?><xml a=\"1\"><!-- note --><A/><p:B xmlns:p=\"urn:x\">v<?pi x?>w</p:B>"
                + "<Item><Title>1</Title></Item><Item><Title>2</Title></Item></xml>")
        #expect(root.children.map(\.name) == ["A", "B", "Item", "Item"])
        #expect(root["A"] == "")
        #expect(root["B"] == "vw")
        #expect(root.children(named: "Item").map { $0["Title"] } == ["1", "2"])
    }

    @Test("undefined entities, a second root and broken markup are refused; the next document still parses")
    func refusalsLeaveTheParserUsable() throws {
        for broken in ["<xml><A>&nbsp;</A></xml>", "<xml/><xml/>", "<xml><A></xml>", "<xml>&#1;</xml>", "<xml"] {
            #expect(throws: XMLDecodingError.self) { try XMLTreeDecoder.parse(broken) }
            #expect(try XMLTreeDecoder.parse("<xml><A>ok</A></xml>")["A"] == "ok")
        }
        #expect(throws: XMLDecodingError.tooDeep(limit: 2)) {
            try XMLTreeDecoder.parse("<xml><A><B>deep</B></A></xml>", limits: XMLLimits(maximumDepth: 2))
        }
        #expect(try XMLTreeDecoder.parse("<xml><A>ok</A></xml>", limits: XMLLimits(maximumDepth: 2))["A"] == "ok")
    }
}
