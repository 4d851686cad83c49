/// A user sent pictures through a menu button (`pic_sysphoto`, `pic_photo_or_album` or `pic_weixin`).
public struct PicturesEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The button's key (`EventKey`).
    public var eventKey: String
    /// How many pictures WeChat says were sent (`SendPicsInfo/Count`).
    public var count: Int
    /// The MD5 sum of each picture (`SendPicsInfo/PicList/item/PicMd5Sum`), in order; 0, 1 or many.
    public var pictureMD5Sums: [String]
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, eventKey: String, count: Int, pictureMD5Sums: [String] = [], event: String) {
        self.header = header
        self.eventKey = eventKey
        self.count = count
        self.pictureMD5Sums = pictureMD5Sums
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.eventKey = tree["EventKey"] ?? ""
        self.count = tree.child("SendPicsInfo")?.int("Count") ?? 0
        self.pictureMD5Sums =
            tree.child("SendPicsInfo")?.child("PicList")?.children(named: "item")
            .map { $0["PicMd5Sum"] ?? "" }
            ?? []
    }
}
