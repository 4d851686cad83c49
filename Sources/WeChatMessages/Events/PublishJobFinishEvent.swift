/// A free-publish job finished (`PUBLISHJOBFINISH`).
public struct PublishJobFinishEvent: DecodableEvent, Hashable {
    /// One article of a finished publish job (`article_detail/item`).
    public struct Article: Sendable, Hashable {
        /// The 1-based article index (`idx`).
        public var index: Int
        /// The article's address (`article_url`).
        public var url: String

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(index: Int, url: String) {
            self.index = index
            self.url = url
        }

        /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
        init(decoding tree: XMLTree) {
            self.index = tree.int("idx") ?? 0
            self.url = tree["article_url"] ?? ""
        }
    }

    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The publish job's id (`PublishEventInfo/publish_id`, beyond 2^53).
    public var publishID: UInt64
    /// The outcome (`publish_status`): 0 success, 1 publishing, 2 originality failure, 3 failure, 4 audit rejected, 5
    /// deleted, 6 banned.
    public var publishStatus: Int
    /// The published article's id (`article_id`) on success.
    public var articleID: String?
    /// Each published article (`article_detail/item`); 0, 1 or many.
    public var articles: [Article]
    /// The 1-based indices of articles that failed (`fail_idx`, repeated); 0, 1 or many.
    public var failedIndices: [Int]
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        publishID: UInt64,
        publishStatus: Int,
        articleID: String? = nil,
        articles: [Article] = [],
        failedIndices: [Int] = [],
        event: String = "PUBLISHJOBFINISH"
    ) {
        self.header = header
        self.publishID = publishID
        self.publishStatus = publishStatus
        self.articleID = articleID
        self.articles = articles
        self.failedIndices = failedIndices
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.publishID = tree.child("PublishEventInfo")?.uint64("publish_id") ?? 0
        self.publishStatus = tree.child("PublishEventInfo")?.int("publish_status") ?? 0
        self.articleID = tree.child("PublishEventInfo")?["article_id"]
        self.articles =
            tree.child("PublishEventInfo")?.child("article_detail")?.children(named: "item")
            .map(Article.init(decoding:))
            ?? []
        self.failedIndices =
            tree.child("PublishEventInfo")?.children(named: "fail_idx")
            .compactMap(\.integerValue)
            ?? []
    }
}
