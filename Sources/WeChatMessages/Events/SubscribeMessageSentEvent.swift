/// Subscribe messages were delivered or failed (`subscribe_msg_sent_event`).
public struct SubscribeMessageSentEvent: DecodableEvent, Hashable {
    /// The delivery result of one subscribe message (`List`).
    public struct Item: Sendable, Hashable {
        /// The template (`TemplateId`).
        public var templateID: String
        /// The message id (`MsgID`, beyond 2^53).
        public var msgID: Int64
        /// WeChat's result code (`ErrorCode`); 0 on success.
        public var errorCode: Int
        /// The result text (`ErrorStatus`), e.g. `success`.
        public var errorStatus: String

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(templateID: String, msgID: Int64, errorCode: Int, errorStatus: String) {
            self.templateID = templateID
            self.msgID = msgID
            self.errorCode = errorCode
            self.errorStatus = errorStatus
        }

        /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
        init(decoding tree: XMLTree) {
            self.templateID = tree["TemplateId"] ?? ""
            self.msgID = tree.int64("MsgID") ?? 0
            self.errorCode = tree.int("ErrorCode") ?? 0
            self.errorStatus = tree["ErrorStatus"] ?? ""
        }
    }

    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// One result per message (`SubscribeMsgSentEvent/List`); 0, 1 or many.
    public var items: [Item]
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, items: [Item] = [], event: String = "subscribe_msg_sent_event") {
        self.header = header
        self.items = items
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.items = tree.child("SubscribeMsgSentEvent")?.children(named: "List").map(Item.init(decoding:)) ?? []
    }
}
