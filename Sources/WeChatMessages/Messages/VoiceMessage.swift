/// A voice clip a user sent (`MsgType` `voice`).
public struct VoiceMessage: InboundPayload, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The message id (`MsgId`, 64-bit); `0` only if WeChat left it out. The de-duplication key.
    public var msgID: Int64
    /// The media id for downloading the clip (`MediaId`).
    public var mediaID: String
    /// The audio format (`Format`), e.g. `amr` or `speex`.
    public var format: String
    /// The media id of a 16 kHz copy (`MediaId16K`), when offered.
    public var mediaID16K: String?
    /// WeChat's speech-to-text (`Recognition`); usually absent nowadays.
    public var recognition: String?
    /// The article-comment context (`MsgDataId`), when the message came from one.
    public var msgDataID: String?
    /// The 1-based article index (`Idx`) within `msgDataID`, when present.
    public var index: Int?

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        msgID: Int64,
        mediaID: String,
        format: String,
        mediaID16K: String? = nil,
        recognition: String? = nil,
        msgDataID: String? = nil,
        index: Int? = nil
    ) {
        self.header = header
        self.msgID = msgID
        self.mediaID = mediaID
        self.format = format
        self.mediaID16K = mediaID16K
        self.recognition = recognition
        self.msgDataID = msgDataID
        self.index = index
    }

    /// Reads the fields after the header from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader) {
        self.header = header
        self.msgID = tree.int64("MsgId") ?? 0
        self.mediaID = tree["MediaId"] ?? ""
        self.format = tree["Format"] ?? ""
        self.mediaID16K = tree["MediaId16K"]
        self.recognition = tree["Recognition"]
        self.msgDataID = tree["MsgDataId"]
        self.index = tree.int("Idx")
    }
}
