/// A video a user sent (`MsgType` `video`, and `shortvideo` through `ShortVideoMessage`).
public struct VideoMessage: InboundPayload, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The message id (`MsgId`, 64-bit); `0` only if WeChat left it out. The de-duplication key.
    public var msgID: Int64
    /// The media id for downloading the video (`MediaId`).
    public var mediaID: String
    /// The media id of the video's thumbnail (`ThumbMediaId`).
    public var thumbMediaID: String
    /// The article-comment context (`MsgDataId`), when the message came from one.
    public var msgDataID: String?
    /// The 1-based article index (`Idx`) within `msgDataID`, when present.
    public var index: Int?

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        msgID: Int64,
        mediaID: String,
        thumbMediaID: String,
        msgDataID: String? = nil,
        index: Int? = nil
    ) {
        self.header = header
        self.msgID = msgID
        self.mediaID = mediaID
        self.thumbMediaID = thumbMediaID
        self.msgDataID = msgDataID
        self.index = index
    }

    /// Reads the fields after the header from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader) {
        self.header = header
        self.msgID = tree.int64("MsgId") ?? 0
        self.mediaID = tree["MediaId"] ?? ""
        self.thumbMediaID = tree["ThumbMediaId"] ?? ""
        self.msgDataID = tree["MsgDataId"]
        self.index = tree.int("Idx")
    }
}
