/// A user answered a subscribe-message pop-up (`subscribe_msg_popup_event`).
public struct SubscribeMessagePopupEvent: DecodableEvent, Hashable {
    /// A user's answer for one template (`List`).
    public struct Item: Sendable, Hashable {
        /// The template (`TemplateId`).
        public var templateID: String
        /// The answer (`SubscribeStatusString`): `accept` or `reject`.
        public var status: String
        /// Where the pop-up was shown (`PopupScene`).
        public var popupScene: Int?

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(templateID: String, status: String, popupScene: Int? = nil) {
            self.templateID = templateID
            self.status = status
            self.popupScene = popupScene
        }

        /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
        init(decoding tree: XMLTree) {
            self.templateID = tree["TemplateId"] ?? ""
            self.status = tree["SubscribeStatusString"] ?? ""
            self.popupScene = tree.int("PopupScene")
        }
    }

    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// One answer per template (`SubscribeMsgPopupEvent/List`); 0, 1 or many.
    public var items: [Item]
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, items: [Item] = [], event: String = "subscribe_msg_popup_event") {
        self.header = header
        self.items = items
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.items = tree.child("SubscribeMsgPopupEvent")?.children(named: "List").map(Item.init(decoding:)) ?? []
    }
}
