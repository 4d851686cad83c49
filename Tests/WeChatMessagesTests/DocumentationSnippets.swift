import Testing
import WeChatMessages

// The code the WeChatMessages DocC article "Message catalogue" shows, compiled and run here;
// DocumentationCodeTests (in WeChatBotTests) checks that every swift block of an article is found verbatim
// in Bots/ or Tests/.

enum CatalogueExample {
    /// What a message is about, in one line: the shape of a handler that reads messages without WeChatBot.
    static func describe(_ message: InboundMessage) -> String {
        switch message {
        case .text(let text):
            "text: \(text.content)"
        case .event(.subscribe(let follow)):
            "follow, scene \(follow.scene ?? "none")"
        case .event(.click(let click)):
            "menu click \(click.eventKey)"
        case .event(.unknown(let event)):
            "event \(event.event) with \(event.raw.children.count) elements"
        default:
            "\(message.header.msgType) from \(message.header.fromUserName)"
        }
    }

    /// The passive reply to `message`, as the XML body of the HTTP response.
    static func answer(_ message: InboundMessage, now: Int64) throws -> String {
        let reply = Reply.text("收到：\(describe(message))")
        return try reply.render(replyingTo: message.header, createTime: now)
    }
}

@Suite("Documentation snippets: WeChatMessages")
struct DocumentationSnippetMessageTests {
    /// A text message as WeChat's "Receiving standard messages" page shows it
    /// (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html).
    static let text = """
        <xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName>\
        <CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>\
        <Content><![CDATA[this is a test]]></Content><MsgId>1234567890123456</MsgId></xml>
        """

    @Test("the catalogue example reads a text, a follow and an unmodelled event, and renders the reply")
    func catalogue() throws {
        let message = try InboundMessage(parsing: Array(Self.text.utf8))
        #expect(CatalogueExample.describe(message) == "text: this is a test")
        let follow = try InboundMessage(
            parsing: Array(
                """
                <xml><ToUserName>toUser</ToUserName><FromUserName>FromUser</FromUserName><CreateTime>123456789</CreateTime>\
                <MsgType>event</MsgType><Event>subscribe</Event><EventKey>qrscene_123123</EventKey><Ticket>TICKET</Ticket></xml>
                """.utf8))
        #expect(CatalogueExample.describe(follow) == "follow, scene 123123")
        let unknown = try InboundMessage(
            parsing: Array(
                """
                <xml><ToUserName>toUser</ToUserName><FromUserName>FromUser</FromUserName><CreateTime>123456789</CreateTime>\
                <MsgType>event</MsgType><Event>some_new_event</Event><Extra>1</Extra></xml>
                """.utf8))
        #expect(CatalogueExample.describe(unknown) == "event some_new_event with 6 elements")
        let answer = try CatalogueExample.answer(message, now: 1_348_831_861)
        #expect(answer.contains("<ToUserName><![CDATA[fromUser]]></ToUserName>"))
        #expect(answer.contains("<Content><![CDATA[收到：text: this is a test]]></Content>"))
    }
}
