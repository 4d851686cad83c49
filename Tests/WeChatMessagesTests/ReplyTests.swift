import Testing
import WeChatMessages

@Suite("Passive replies")
struct ReplyTests {
    private static let userMessage = MessageHeader(
        toUserName: "gh_id", fromUserName: "openid", createTime: 1, msgType: "text")
    private static let event = MessageHeader(
        toUserName: "gh_id", fromUserName: "openid", createTime: 1, msgType: "event")
    private static let replyHeader =
        "<xml><ToUserName><![CDATA[openid]]></ToUserName>"
        + "<FromUserName><![CDATA[gh_id]]></FromUserName><CreateTime>12345678</CreateTime>"

    @Test("text reply is exactly the shape of WeChat's passive-reply doc")
    func text() throws {
        let xml = try Reply.text("hello").render(replyingTo: Self.userMessage, createTime: 12_345_678)
        #expect(
            xml == "<xml><ToUserName><![CDATA[openid]]></ToUserName><FromUserName><![CDATA[gh_id]]></FromUserName>"
                + "<CreateTime>12345678</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello]]></Content></xml>"
        )
    }

    @Test("image, voice, video, music and transfer shapes")
    func otherShapes() throws {
        #expect(
            try Reply.image(mediaID: "media_id").render(replyingTo: Self.userMessage, createTime: 12_345_678)
                == Self.replyHeader
                + "<MsgType><![CDATA[image]]></MsgType><Image><MediaId><![CDATA[media_id]]></MediaId></Image></xml>"
        )
        #expect(
            try Reply.voice(mediaID: "media_id").render(replyingTo: Self.userMessage, createTime: 12_345_678)
                == Self.replyHeader
                + "<MsgType><![CDATA[voice]]></MsgType><Voice><MediaId><![CDATA[media_id]]></MediaId></Voice></xml>"
        )
        #expect(
            try Reply.video(mediaID: "m", title: "t").render(replyingTo: Self.userMessage, createTime: 12_345_678)
                == Self.replyHeader + "<MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[m]]></MediaId>"
                + "<Title><![CDATA[t]]></Title></Video></xml>"
        )
        let music = Music(title: "t", description: "d", musicURL: "u", hqMusicURL: "h", thumbMediaID: "th")
        #expect(
            try Reply.music(music).render(replyingTo: Self.userMessage, createTime: 12_345_678)
                == Self.replyHeader + "<MsgType><![CDATA[music]]></MsgType><Music><Title><![CDATA[t]]></Title>"
                + "<Description><![CDATA[d]]></Description><MusicUrl><![CDATA[u]]></MusicUrl>"
                + "<HQMusicUrl><![CDATA[h]]></HQMusicUrl><ThumbMediaId><![CDATA[th]]></ThumbMediaId></Music></xml>"
        )
        #expect(
            try Reply.transferToCustomerService().render(replyingTo: Self.userMessage, createTime: 12_345_678)
                == Self.replyHeader + "<MsgType><![CDATA[transfer_customer_service]]></MsgType></xml>"
        )
        #expect(
            try Reply.transferToCustomerService(kfAccount: "test1@test").render(
                replyingTo: Self.userMessage, createTime: 12_345_678)
                == Self.replyHeader + "<MsgType><![CDATA[transfer_customer_service]]></MsgType>"
                + "<TransInfo><KfAccount><![CDATA[test1@test]]></KfAccount></TransInfo></xml>"
        )
    }

    @Test("news reply with ArticleCount equal to the items")
    func news() throws {
        let article = Article(title: "t", description: "d", picURL: "http://p", url: "http://u")
        let xml = try Reply.news([article, article]).render(replyingTo: Self.event, createTime: 12_345_678)
        let item =
            "<item><Title><![CDATA[t]]></Title><Description><![CDATA[d]]></Description>"
            + "<PicUrl><![CDATA[http://p]]></PicUrl><Url><![CDATA[http://u]]></Url></item>"
        #expect(
            xml == Self.replyHeader + "<MsgType><![CDATA[news]]></MsgType><ArticleCount>2</ArticleCount>"
                + "<Articles>\(item)\(item)</Articles></xml>"
        )
    }

    @Test("article limits: 1 for a user's message, 8 for an event, override within 1...8")
    func articleLimits() throws {
        let one = [Article(title: "a")]
        let two = Array(repeating: Article(title: "a"), count: 2)
        let nine = Array(repeating: Article(title: "a"), count: 9)
        #expect(throws: ReplyError.tooManyArticles(count: 2, limit: 1)) {
            try Reply.news(two).render(replyingTo: Self.userMessage, createTime: 1)
        }
        #expect(throws: ReplyError.tooManyArticles(count: 9, limit: 8)) {
            try Reply.news(nine).render(replyingTo: Self.event, createTime: 1)
        }
        #expect(throws: ReplyError.noArticles) { try Reply.news([]).render(replyingTo: Self.event, createTime: 1) }
        #expect(throws: ReplyError.invalidArticleLimit(9)) {
            try Reply.news(one).render(replyingTo: Self.event, createTime: 1, articleLimit: 9)
        }
        #expect(throws: ReplyError.invalidArticleLimit(0)) {
            try Reply.news(one).render(replyingTo: Self.event, createTime: 1, articleLimit: 0)
        }
        #expect(throws: ReplyError.tooManyArticles(count: 2, limit: 1)) {
            try Reply.news(two).render(replyingTo: Self.event, createTime: 1, articleLimit: 1)
        }
        let eight = try Reply.news(Array(nine.dropLast())).render(replyingTo: Self.event, createTime: 1)
        #expect(eight.contains("<ArticleCount>8</ArticleCount>"))
        let overridden = try Reply.news(two).render(replyingTo: Self.userMessage, createTime: 1, articleLimit: 2)
        #expect(overridden.contains("<ArticleCount>2</ArticleCount>"))
        #expect(ReplyError.noArticles.weChatCode == -40011)
    }

    @Test(
        "]]> inside text is split so it survives",
        arguments: ["a]]>b", "]]>", "]]]]>>", "x]]", "]]><![CDATA[", "]]\r>"])
    func cdataTerminator(content: String) throws {
        let xml = try Reply.text(content).render(replyingTo: Self.userMessage, createTime: 1)
        #expect(try Reply(parsing: xml.utf8) == .text(content))
    }

    @Test("the documented split of ]]>")
    func documentedSplit() throws {
        let xml = try Reply.text("a]]>b").render(replyingTo: Self.userMessage, createTime: 1)
        #expect(xml.contains("<Content><![CDATA[a]]]]><![CDATA[>b]]></Content>"))
    }

    @Test("every reply kind round-trips through render and parse")
    func roundTripKinds() throws {
        let replies: [Reply] = [
            .text("文字 😀"), .image(mediaID: "i"), .voice(mediaID: "v"), .video(mediaID: "m"),
            .video(mediaID: "m", title: "t", description: "d"),
            .music(Music(thumbMediaID: "th")),
            .music(Music(title: "t", description: "d", musicURL: "u", hqMusicURL: "h", thumbMediaID: "th")),
            .news([Article(title: "t"), Article(title: "<&>", description: "", picURL: "p", url: "u")]),
            .transferToCustomerService(), .transferToCustomerService(kfAccount: "test1@test"),
        ]
        for reply in replies {
            let xml = try reply.render(replyingTo: Self.event, createTime: 1)
            #expect(try Reply(parsing: xml.utf8) == reply)
        }
    }

    @Test("rendered header swaps the addresses and parses as a header")
    func header() throws {
        let xml = try Reply.text("x").render(replyingTo: Self.userMessage, createTime: 1_700_000_000)
        let header = try MessageHeader(tree: try XMLTreeDecoder.parse(xml))
        #expect(
            header
                == MessageHeader(
                    toUserName: "openid", fromUserName: "gh_id", createTime: 1_700_000_000, msgType: "text"))
    }

    @Test("random texts round-trip (control characters dropped)")
    func randomRoundTrips() throws {
        let pieces = [
            "a", "Z", "0", " ", "]]>", "]]", "]", ">", "<", "&", "\"", "'", "\n", "\r", "\r\n", "\t", "中文", "汉字",
            "😀", "🎉", "👨‍👩‍👧", "\u{01}", "\u{1D}", "\u{FFFF}", "<![CDATA[", "&amp;", "，", "/::)", "é",
        ]
        var generator = SplitMix64(seed: 0x5EED_CAFE)
        for _ in 0..<500 {
            let length = Int.random(in: 0...24, using: &generator)
            var text = ""
            for _ in 0..<length { text += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            let expected = String(
                String.UnicodeScalarView(text.unicodeScalars.filter { !["\u{01}", "\u{1D}", "\u{FFFF}"].contains($0) })
            )
            let xml = try Reply.text(text).render(replyingTo: Self.userMessage, createTime: 1)
            #expect(try Reply(parsing: xml.utf8) == .text(expected), "\(text.debugDescription)")
        }
    }

    @Test("a huge text reply renders and parses")
    func hugeReply() throws {
        let text = String(repeating: "大]]>", count: 50_000)
        let xml = try Reply.text(text).render(replyingTo: Self.userMessage, createTime: 1)
        #expect(try Reply(parsing: xml.utf8) == .text(text))
    }

    @Test("reading replies back: errors")
    func parseErrors() {
        #expect(throws: ReplyError.unreadable(.empty)) { try Reply(parsing: "".utf8) }
        #expect(throws: ReplyError.unreadable(.missingField("MsgType"))) {
            try Reply(
                parsing: "<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime></xml>"
                    .utf8)
        }
        let event =
            "<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime>"
            + "<MsgType>event</MsgType></xml>"
        #expect(throws: ReplyError.unsupportedType("event")) { try Reply(parsing: event.utf8) }
    }
}

/// A small seeded generator so random tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
