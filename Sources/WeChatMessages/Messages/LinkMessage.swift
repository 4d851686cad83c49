/// A link a user shared (`MsgType` `link`).
public struct LinkMessage: InboundPayload, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The message id (`MsgId`, 64-bit); `0` only if WeChat left it out. The de-duplication key.
    public var msgID: Int64
    /// The link's title (`Title`).
    public var title: String
    /// The link's summary (`Description`).
    public var description: String
    /// The linked address (`Url`).
    public var url: String
    /// The article-comment context (`MsgDataId`), when the message came from one.
    public var msgDataID: String?
    /// The 1-based article index (`Idx`) within `msgDataID`, when present.
    public var index: Int?

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        msgID: Int64,
        title: String,
        description: String,
        url: String,
        msgDataID: String? = nil,
        index: Int? = nil
    ) {
        self.header = header
        self.msgID = msgID
        self.title = title
        self.description = description
        self.url = url
        self.msgDataID = msgDataID
        self.index = index
    }

    /// Reads the fields after the header from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader) {
        self.header = header
        self.msgID = tree.int64("MsgId") ?? 0
        self.title = tree["Title"] ?? ""
        self.description = tree["Description"] ?? ""
        self.url = tree["Url"] ?? ""
        self.msgDataID = tree["MsgDataId"]
        self.index = tree.int("Idx")
    }
}
