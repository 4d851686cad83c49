/// A customer-service menu message (`msgmenu`): a question with tappable answers.
///
/// Tapping an item makes WeChat send a `text` message whose `bizMsgMenuID` is the item's id.
public struct MessageMenu: Sendable, Hashable, Codable {
    /// One tappable answer.
    public struct Item: Sendable, Hashable, Codable {
        /// The id WeChat echoes back as `bizmsgmenuid`.
        public var id: String
        /// The text shown for the item.
        public var content: String

        /// Creates an item.
        public init(id: String, content: String) {
            self.id = id
            self.content = content
        }
    }

    /// The text above the items (`head_content`).
    public var headContent: String
    /// The tappable items (`list`).
    public var items: [Item]
    /// The text below the items (`tail_content`).
    public var tailContent: String

    /// The customer-service API's JSON names (see `CustomerServiceMessage`).
    private enum CodingKeys: String, CodingKey {
        case headContent = "head_content"
        case items = "list"
        case tailContent = "tail_content"
    }

    /// Creates a menu.
    public init(headContent: String, items: [Item], tailContent: String = "") {
        self.headContent = headContent
        self.items = items
        self.tailContent = tailContent
    }
}
