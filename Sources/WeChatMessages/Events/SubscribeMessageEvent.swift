/// A subscribe-message event: one entry per template in its `List` elements
/// (https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html). The three kinds differ
/// only in their entries, so one generic struct carries them: ``SubscribeMessagePopupEvent``,
/// ``SubscribeMessageChangeEvent`` and ``SubscribeMessageSentEvent``.
public struct SubscribeMessageEvent<Item: SubscribeMessageEntry>: DecodableEvent, Hashable {
    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// One entry per template (`<container>/List`); 0, 1 or many.
    public var items: [Item]
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(header: MessageHeader, items: [Item] = [], event: String = Item.eventName) {
        self.header = header
        self.items = items
        self.event = event
    }

    static var requiredFields: [String] { [Item.container] }

    /// Reads the entries from the document's `<container>/List` elements.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.init(
            header: header,
            items: tree.child(Item.container)?.children(named: "List").map(Item.init(decoding:)) ?? [],
            event: event
        )
    }
}

/// One `List` entry of a ``SubscribeMessageEvent``.
public protocol SubscribeMessageEntry: Sendable, Hashable {
    /// The element wrapping the entries, e.g. `SubscribeMsgPopupEvent`.
    static var container: String { get }
    /// The `Event` value of the events carrying these entries.
    static var eventName: String { get }
    /// Reads the entry from one decoded `List` element; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree)
}

/// A user answered a subscribe-message pop-up (`subscribe_msg_popup_event`).
public typealias SubscribeMessagePopupEvent = SubscribeMessageEvent<SubscribeMessagePopupEntry>
/// A user changed subscribe-message settings (`subscribe_msg_change_event`).
public typealias SubscribeMessageChangeEvent = SubscribeMessageEvent<SubscribeMessageChangeEntry>
/// Subscribe messages were delivered or failed (`subscribe_msg_sent_event`).
public typealias SubscribeMessageSentEvent = SubscribeMessageEvent<SubscribeMessageSentEntry>

/// A user's answer for one template (`SubscribeMsgPopupEvent/List`).
public struct SubscribeMessagePopupEntry: SubscribeMessageEntry {
    /// The element wrapping these entries.
    public static let container = "SubscribeMsgPopupEvent"
    /// The `Event` value of the events carrying these entries.
    public static let eventName = "subscribe_msg_popup_event"
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

    /// Reads the entry from one decoded `List` element; absent fields stay empty or `nil`.
    public init(decoding tree: XMLTree) {
        self.init(
            templateID: tree["TemplateId"] ?? "", status: tree["SubscribeStatusString"] ?? "",
            popupScene: tree.int("PopupScene"))
    }
}

/// A user's new setting for one template (`SubscribeMsgChangeEvent/List`).
public struct SubscribeMessageChangeEntry: SubscribeMessageEntry {
    /// The element wrapping these entries.
    public static let container = "SubscribeMsgChangeEvent"
    /// The `Event` value of the events carrying these entries.
    public static let eventName = "subscribe_msg_change_event"
    /// The template (`TemplateId`).
    public var templateID: String
    /// The new setting (`SubscribeStatusString`), e.g. `reject`.
    public var status: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(templateID: String, status: String) {
        self.templateID = templateID
        self.status = status
    }

    /// Reads the entry from one decoded `List` element; absent fields stay empty or `nil`.
    public init(decoding tree: XMLTree) {
        self.init(templateID: tree["TemplateId"] ?? "", status: tree["SubscribeStatusString"] ?? "")
    }
}

/// The delivery result of one subscribe message (`SubscribeMsgSentEvent/List`).
public struct SubscribeMessageSentEntry: SubscribeMessageEntry {
    /// The element wrapping these entries.
    public static let container = "SubscribeMsgSentEvent"
    /// The `Event` value of the events carrying these entries.
    public static let eventName = "subscribe_msg_sent_event"
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

    /// Reads the entry from one decoded `List` element; absent fields stay empty or `nil`.
    public init(decoding tree: XMLTree) {
        self.init(
            templateID: tree["TemplateId"] ?? "", msgID: tree.int64("MsgID") ?? 0,
            errorCode: tree.int("ErrorCode") ?? 0, errorStatus: tree["ErrorStatus"] ?? "")
    }
}
