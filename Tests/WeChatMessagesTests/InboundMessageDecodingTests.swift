import Testing
import WeChatMessages

@Suite("Normal message decoding")
struct InboundMessageDecodingTests {
    @Test("official text sample of WeChat's receiving-messages doc")
    func officialText() throws {
        let xml =
            "<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName>"
            + "<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[this is a test]]></Content><MsgId>1234567890123456</MsgId></xml>"
        let message = try InboundMessage(parsing: xml.utf8)
        #expect(
            message
                == .text(
                    TextMessage(
                        header: MessageHeader(
                            toUserName: "toUser",
                            fromUserName: "fromUser",
                            createTime: 1_348_831_860,
                            msgType: "text"
                        ),
                        msgID: 1_234_567_890_123_456,
                        content: "this is a test"
                    )
                )
        )
        #expect(message.header.createTime == 1_348_831_860)
    }

    @Test("V9 decrypted WeCom text message keeps its 64-bit MsgId")
    func vectorNine() throws {
        let xml =
            "<xml><ToUserName><![CDATA[wx49f0ab532d5d035a]]></ToUserName>\n"
            + "<FromUserName><![CDATA[messense]]></FromUserName>\n<CreateTime>1411525903</CreateTime>\n"
            + "<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n"
            + "<MsgId>4363689963896700987</MsgId>\n<AgentID>1</AgentID>\n</xml>"
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a text message")
            return
        }
        #expect(text.msgID == 4_363_689_963_896_700_987)
        #expect(text.content == "test")
        #expect(text.header.toUserName == "wx49f0ab532d5d035a")
        #expect(text.header.fromUserName == "messense")
        #expect(text.header.createTime == 1_411_525_903)
    }

    @Test("V10 decrypted WeCom sample message")
    func vectorTen() throws {
        let xml =
            "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n"
            + "<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n"
            + "<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n"
            + "<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>"
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a text message")
            return
        }
        #expect(text.msgID == 4_561_255_354_251_345_929)
        #expect(text.content == "hello")
        #expect(text.header.createTime == 1_409_659_813)
    }

    @Test("text with bizmsgmenuid, MsgDataId and Idx")
    func textWithMenuAndArticleContext() throws {
        let xml = Fixtures.message(
            "text",
            "<Content><![CDATA[满意]]></Content><MsgId>42</MsgId><bizmsgmenuid>101</bizmsgmenuid>"
                + "<MsgDataId><![CDATA[xxxx]]></MsgDataId><Idx>2</Idx>"
        )
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a text message")
            return
        }
        #expect(text.bizMsgMenuID == 101)
        #expect(text.msgDataID == "xxxx")
        #expect(text.index == 2)
        #expect(text.content == "满意")
    }

    @Test("image message")
    func image() throws {
        let xml = Fixtures.message(
            "image",
            "<PicUrl><![CDATA[http://mmbiz.qpic.cn/x.jpg]]></PicUrl><MediaId><![CDATA[media_id]]></MediaId>"
                + "<MsgId>1234567890123456</MsgId>"
        )
        guard case .image(let image) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not an image message")
            return
        }
        #expect(image.picURL == "http://mmbiz.qpic.cn/x.jpg")
        #expect(image.mediaID == "media_id")
        #expect(image.msgID == 1_234_567_890_123_456)
        #expect(image.msgDataID == nil)
        #expect(image.index == nil)
    }

    @Test("voice message with and without recognition")
    func voice() throws {
        let xml = Fixtures.message(
            "voice",
            "<MediaId><![CDATA[media_id]]></MediaId><Format><![CDATA[amr]]></Format>"
                + "<MediaId16K><![CDATA[media16k]]></MediaId16K><Recognition><![CDATA[腾讯微信团队]]></Recognition>"
                + "<MsgId>1234567890123456</MsgId>"
        )
        guard case .voice(let voice) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a voice message")
            return
        }
        #expect(voice.mediaID == "media_id")
        #expect(voice.format == "amr")
        #expect(voice.mediaID16K == "media16k")
        #expect(voice.recognition == "腾讯微信团队")

        let plain = Fixtures.message("voice", "<MediaId>m</MediaId><Format>speex</Format><MsgId>1</MsgId>")
        guard case .voice(let bare) = try InboundMessage(parsing: plain.utf8) else {
            Issue.record("not a voice message")
            return
        }
        #expect(bare.recognition == nil)
        #expect(bare.mediaID16K == nil)
        #expect(bare.format == "speex")
    }

    @Test("video and short video messages")
    func videos() throws {
        let body =
            "<MediaId><![CDATA[media_id]]></MediaId><ThumbMediaId><![CDATA[thumb]]></ThumbMediaId><MsgId>7</MsgId>"
        guard case .video(let video) = try InboundMessage(parsing: Fixtures.message("video", body).utf8) else {
            Issue.record("not a video message")
            return
        }
        #expect(video.mediaID == "media_id")
        #expect(video.thumbMediaID == "thumb")
        #expect(video.msgID == 7)
        guard case .shortVideo(let short) = try InboundMessage(parsing: Fixtures.message("shortvideo", body).utf8)
        else {
            Issue.record("not a short video message")
            return
        }
        #expect(short.mediaID == "media_id")
        #expect(short.thumbMediaID == "thumb")
    }

    @Test("location message: bare decimals, trimmed")
    func location() throws {
        let xml = Fixtures.message(
            "location",
            "<Location_X>23.134521</Location_X><Location_Y> 113.358803\n</Location_Y><Scale>20</Scale>"
                + "<Label><![CDATA[位置信息]]></Label><MsgId>1234567890123456</MsgId>"
        )
        guard case .location(let location) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a location message")
            return
        }
        #expect(location.latitude == 23.134521)
        #expect(location.longitude == 113.358803)
        #expect(location.scale == 20)
        #expect(location.label == "位置信息")
    }

    @Test("link message")
    func link() throws {
        let xml = Fixtures.message(
            "link",
            "<Title><![CDATA[公众平台官网链接]]></Title><Description><![CDATA[公众平台官网链接]]></Description>"
                + "<Url><![CDATA[url]]></Url><MsgId>1234567890123456</MsgId>"
        )
        guard case .link(let link) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a link message")
            return
        }
        #expect(link.title == "公众平台官网链接")
        #expect(link.description == "公众平台官网链接")
        #expect(link.url == "url")
    }

    @Test("mini-program page message")
    func miniProgramPage() throws {
        let xml = Fixtures.message(
            "miniprogrampage",
            "<MsgId>1</MsgId><Title><![CDATA[Title]]></Title><AppId><![CDATA[wxappid]]></AppId>"
                + "<PagePath><![CDATA[pages/index]]></PagePath><ThumbUrl><![CDATA[http://t]]></ThumbUrl>"
                + "<ThumbMediaId><![CDATA[thumb]]></ThumbMediaId>"
        )
        let expected = MiniProgramPageMessage(
            header: MessageHeader(
                toUserName: "toUser",
                fromUserName: "fromUser",
                createTime: 123_456_789,
                msgType: "miniprogrampage"
            ),
            msgID: 1,
            appID: "wxappid",
            title: "Title",
            pagePath: "pages/index",
            thumbURL: "http://t",
            thumbMediaID: "thumb"
        )
        #expect(try InboundMessage(parsing: xml.utf8) == .miniProgramPage(expected))
    }

    @Test("MsgType is matched case-insensitively and kept raw")
    func caseInsensitiveType() throws {
        let xml = Fixtures.message("TEXT", "<Content>hi</Content><MsgId>9</MsgId>")
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a text message")
            return
        }
        #expect(text.header.msgType == "TEXT")
        #expect(text.content == "hi")
    }

    @Test("file messages are typed")
    func fileMessage() throws {
        let xml = Fixtures.message("file", "<Title><![CDATA[a.pdf]]></Title><FileKey>k</FileKey><MsgId>5</MsgId>")
        guard case .file(let file) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a file")
            return
        }
        #expect(file.title == "a.pdf")
        #expect(file.fileKey == "k")
        #expect(file.msgID == 5)
        #expect(file.fileSize == nil)
    }

    @Test("unknown MsgType keeps every raw field")
    func unknownType() throws {
        let xml = Fixtures.message("hologram", "<Title><![CDATA[a.pdf]]></Title><FileKey>k</FileKey><MsgId>5</MsgId>")
        guard case .unknown(let unknown) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not unknown")
            return
        }
        #expect(unknown.header.msgType == "hologram")
        #expect(unknown.raw["Title"] == "a.pdf")
        #expect(unknown.raw["FileKey"] == "k")
        #expect(unknown.raw["MsgId"] == "5")
        #expect(unknown.raw.children.count == 7)
    }

    @Test("plain and CDATA fields read alike; unknown elements are ignored")
    func plainAndCDATA() throws {
        let plain =
            "<xml><ToUserName>toUser</ToUserName><FromUserName>fromUser</FromUserName>"
            + "<CreateTime> 123456789 </CreateTime><MsgType>text</MsgType><Content>this is a test</Content>"
            + "<Extra><Nested>x</Nested></Extra><MsgId>\n1\n</MsgId></xml>"
        let cdata = Fixtures.message("text", "<Content><![CDATA[this is a test]]></Content><MsgId>1</MsgId>")
        let first = try InboundMessage(parsing: plain.utf8)
        #expect(first == (try InboundMessage(parsing: cdata.utf8)))
        #expect(first.header.createTime == 123_456_789)
    }

    @Test("missing or broken optional fields are lenient")
    func lenientFields() throws {
        let xml = Fixtures.message(
            "location",
            "<Location_X>north</Location_X><Scale>1e999</Scale><MsgId>not-a-number</MsgId>"
        )
        guard case .location(let location) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a location message")
            return
        }
        #expect(location.latitude == 0)
        #expect(location.longitude == 0)
        #expect(location.scale == 0)
        #expect(location.label == "")
        #expect(location.msgID == 0)
    }

    @Test("duplicated elements: the first one wins")
    func duplicatedElements() throws {
        let xml = Fixtures.message("text", "<Content>first</Content><Content>second</Content><MsgId>1</MsgId>")
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a text message")
            return
        }
        #expect(text.content == "first")
    }

    @Test("emoji, CJK, newlines and escaped markup in content")
    func richContent() throws {
        let xml = Fixtures.message(
            "text",
            "<Content><![CDATA[第一行\n😀 /::) <b>&amp;</b>]]></Content><MsgId>1</MsgId>"
        )
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a text message")
            return
        }
        #expect(text.content == "第一行\n😀 /::) <b>&amp;</b>")
    }

    @Test("a huge text message within the limit parses")
    func hugeText() throws {
        let content = String(repeating: "长文本", count: 100_000)
        let xml = Fixtures.message("text", "<Content><![CDATA[\(content)]]></Content><MsgId>1</MsgId>")
        guard case .text(let text) = try InboundMessage(parsing: xml.utf8) else {
            Issue.record("not a text message")
            return
        }
        #expect(text.content.count == 300_000)
    }

    @Test("concurrent decoding gives identical results")
    func concurrentDecoding() async throws {
        let xml = Fixtures.message("text", "<Content><![CDATA[并发]]></Content><MsgId>77</MsgId>")
        let expected = try InboundMessage(parsing: xml.utf8)
        let results = try await withThrowingTaskGroup(of: InboundMessage.self) { group in
            for _ in 0..<64 {
                group.addTask { try InboundMessage(parsing: xml.utf8) }
            }
            var collected: [InboundMessage] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test("payload exposes the header through the protocol")
    func payloadProtocol() throws {
        let xml = Fixtures.message("image", "<PicUrl>p</PicUrl><MediaId>m</MediaId><MsgId>3</MsgId>")
        let message = try InboundMessage(parsing: xml.utf8)
        #expect(message.payload.header.msgType == "image")
        #expect(message.payload is ImageMessage)
    }
}
