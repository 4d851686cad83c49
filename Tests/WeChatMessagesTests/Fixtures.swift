import WeChatMessages

/// Builders for the XML documents the tests feed the decoder.
enum Fixtures {
    /// A message header as WeChat's own samples write it: strings in CDATA, `CreateTime` bare.
    static func header(msgType: String, to: String = "toUser", from: String = "fromUser", time: String = "123456789")
        -> String
    {
        "<ToUserName><![CDATA[\(to)]]></ToUserName><FromUserName><![CDATA[\(from)]]></FromUserName>"
            + "<CreateTime>\(time)</CreateTime><MsgType><![CDATA[\(msgType)]]></MsgType>"
    }

    /// A whole event document with the given `Event` and extra elements.
    static func event(_ name: String, _ body: String = "") -> String {
        "<xml>\(header(msgType: "event"))<Event><![CDATA[\(name)]]></Event>\(body)</xml>"
    }

    /// A whole message document of the given `MsgType` with extra elements.
    static func message(_ msgType: String, _ body: String) -> String {
        "<xml>\(header(msgType: msgType))\(body)</xml>"
    }

    /// The header every fixture built here carries.
    static let expectedHeader = MessageHeader(
        toUserName: "toUser",
        fromUserName: "fromUser",
        createTime: 123_456_789,
        msgType: "event"
    )

    /// Decodes a fixture as an event, failing the test when it is not one.
    static func decodeEvent(_ xml: String) throws -> Event {
        guard case .event(let event) = try InboundMessage(parsing: xml.utf8) else {
            throw FixtureError.notAnEvent
        }
        return event
    }

    /// Raised when a fixture decodes to the wrong kind of value.
    enum FixtureError: Error {
        case notAnEvent
        case unexpectedCase
    }
}
