/// A text message a user sent (`MsgType` `text`).
public struct TextMessage: InboundPayload, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The message id (`MsgId`, 64-bit); `0` only if WeChat left it out. The de-duplication key.
    public var msgID: Int64
    /// The text as typed (UTF-8; may hold newlines, emoji and legacy emoticon codes).
    public var content: String
    /// The tapped item of a `msgmenu` customer-service message (`bizmsgmenuid`), when the text came from one.
    public var bizMsgMenuID: Int64?
    /// The article-comment context (`MsgDataId`), when the message came from one.
    public var msgDataID: String?
    /// The 1-based article index (`Idx`) within `msgDataID`, when present.
    public var index: Int?

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        msgID: Int64,
        content: String,
        bizMsgMenuID: Int64? = nil,
        msgDataID: String? = nil,
        index: Int? = nil
    ) {
        self.header = header
        self.msgID = msgID
        self.content = content
        self.bizMsgMenuID = bizMsgMenuID
        self.msgDataID = msgDataID
        self.index = index
    }

    /// Reads the fields after the header from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader) {
        self.header = header
        self.msgID = tree.int64("MsgId") ?? 0
        self.content = tree["Content"] ?? ""
        self.bizMsgMenuID = tree.int64("bizmsgmenuid")
        self.msgDataID = tree["MsgDataId"]
        self.index = tree.int("Idx")
    }
}
