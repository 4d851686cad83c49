/// A user changed subscribe-message settings (`subscribe_msg_change_event`).
public struct SubscribeMessageChangeEvent: DecodableEvent, Hashable {
    /// A user's new setting for one template (`List`).
    public struct Item: Sendable, Hashable {
        /// The template (`TemplateId`).
        public var templateID: String
        /// The new setting (`SubscribeStatusString`), e.g. `reject`.
        public var status: String

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(templateID: String, status: String) {
            self.templateID = templateID
            self.status = status
        }

        /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
        init(decoding tree: XMLTree) {
            self.templateID = tree["TemplateId"] ?? ""
            self.status = tree["SubscribeStatusString"] ?? ""
        }
    }

    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// One change per template (`SubscribeMsgChangeEvent/List`); 0, 1 or many.
    public var items: [Item]
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, items: [Item] = [], event: String = "subscribe_msg_change_event") {
        self.header = header
        self.items = items
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.items = tree.child("SubscribeMsgChangeEvent")?.children(named: "List").map(Item.init(decoding:)) ?? []
    }
}
