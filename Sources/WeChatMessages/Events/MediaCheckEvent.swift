/// The asynchronous result of a mini-program media security check (`wxa_media_check`).
public struct MediaCheckEvent: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// Whether the media is risky (`isrisky`, 1 or 0).
    public var isRisky: Bool?
    /// The developer's extra data, as sent (`extra_info_json`).
    public var extraInfoJSON: String?
    /// The check's id, as returned when it was requested (`trace_id`).
    public var traceID: String
    /// The check's status (`status_code`); 0 when it ran.
    public var statusCode: Int
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        isRisky: Bool? = nil,
        extraInfoJSON: String? = nil,
        traceID: String,
        statusCode: Int,
        event: String = "wxa_media_check"
    ) {
        self.header = header
        self.isRisky = isRisky
        self.extraInfoJSON = extraInfoJSON
        self.traceID = traceID
        self.statusCode = statusCode
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.isRisky = tree.flag("isrisky")
        self.extraInfoJSON = tree["extra_info_json"]
        self.traceID = tree["trace_id"] ?? ""
        self.statusCode = tree.int("status_code") ?? 0
    }
}
