/// A mini-program page card a user sent to mini-program customer service (`MsgType` `miniprogrampage`).
public struct MiniProgramPageMessage: InboundPayload, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The message id (`MsgId`, 64-bit); `0` only if WeChat left it out. The de-duplication key.
    public var msgID: Int64
    /// The mini program's appid (`AppId`).
    public var appID: String
    /// The card's title (`Title`).
    public var title: String
    /// The page the card opens (`PagePath`).
    public var pagePath: String
    /// Where WeChat hosts the card's thumbnail (`ThumbUrl`).
    public var thumbURL: String
    /// The media id of the card's thumbnail (`ThumbMediaId`).
    public var thumbMediaID: String
    /// The article-comment context (`MsgDataId`), when the message came from one.
    public var msgDataID: String?
    /// The 1-based article index (`Idx`) within `msgDataID`, when present.
    public var index: Int?

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        msgID: Int64,
        appID: String,
        title: String,
        pagePath: String,
        thumbURL: String,
        thumbMediaID: String,
        msgDataID: String? = nil,
        index: Int? = nil
    ) {
        self.header = header
        self.msgID = msgID
        self.appID = appID
        self.title = title
        self.pagePath = pagePath
        self.thumbURL = thumbURL
        self.thumbMediaID = thumbMediaID
        self.msgDataID = msgDataID
        self.index = index
    }

    /// Reads the fields after the header from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader) {
        self.header = header
        self.msgID = tree.int64("MsgId") ?? 0
        self.appID = tree["AppId"] ?? ""
        self.title = tree["Title"] ?? ""
        self.pagePath = tree["PagePath"] ?? ""
        self.thumbURL = tree["ThumbUrl"] ?? ""
        self.thumbMediaID = tree["ThumbMediaId"] ?? ""
        self.msgDataID = tree["MsgDataId"]
        self.index = tree.int("Idx")
    }
}
