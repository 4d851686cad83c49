import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

@Suite("The handler's logger")
struct ContextLoggerTests {
    @Test("a handler's log lines carry the request id the host passed, and no request id without one")
    func requestID() async throws {
        let logs = LogRecorder()
        let bot = Bot(configuration: .init(logger: logs.logger)) {
            On(.text) { text, context in
                context.logger.info("handled")
                return .text(text.content)
            }
        }
        let xml =
            "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o_1]]></FromUserName>"
            + "<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content>"
        let first = try InboundMessage(parsing: (xml + "<MsgId>1</MsgId></xml>").utf8)
        let second = try InboundMessage(parsing: (xml + "<MsgId>2</MsgId></xml>").utf8)
        #expect(await bot.handle(first, requestID: "req-42") == .reply(.text("hi")))
        #expect(await bot.handle(second) == .reply(.text("hi")))
        let lines = logs.recorded.filter { $0.message == "handled" }
        #expect(lines.count == 2)
        #expect(lines.first?.metadata.contains("\"request_id\": req-42") == true, "\(lines)")
        #expect(lines.last?.metadata.contains("request_id") == false)
    }
}
