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

    @Test("parser contexts worn out, freed and reused by several threads at once never fail a valid document")
    func pooledContextsUnderConcurrency() async throws {
        // 18 KB documents wear a context out (256 KiB) every 15 parses, so contexts are freed and made all the time.
        // Run it with `GLIBC_TUNABLES=glibc.malloc.tcache_count=0 MALLOC_PERTURB_=165` to have freed memory
        // overwritten at once: reading a context after handing it back then fails (or crashes) every time.
        let filler = String(repeating: "长文本 text ", count: 1_200)
        let large = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Content><![CDATA[\(filler)]]></Content></xml>"
        let small = "<xml><A>ok</A><B><![CDATA[小]]></B></xml>"
        let failures = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var failures = 0
                    for round in 0..<400 {
                        let useLarge = (round + worker) % 2 == 0
                        let tree = try? XMLTreeDecoder.parse(useLarge ? large : small)
                        let isRight = useLarge ? tree?["Content"] == filler : tree?["B"] == "小"
                        if !isRight { failures += 1 }
                    }
                    return failures
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(failures == 0)
    }
}
