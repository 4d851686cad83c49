/// A mass send (broadcast) finished (`MASSSENDJOBFINISH`).
public struct MassSendJobFinishEvent: DecodableEvent, Hashable {
    /// The originality check WeChat ran on a broadcast's articles (`CopyrightCheckResult`).
    public struct CopyrightCheck: Sendable, Hashable {
        /// The originality check of one article (`ResultList/item`).
        public struct Result: Sendable, Hashable {
            /// The 1-based article index (`ArticleIdx`).
            public var articleIndex: Int
            /// What the author declared (`UserDeclareState`).
            public var userDeclareState: Int
            /// WeChat's verdict (`AuditState`).
            public var auditState: Int
            /// The matching original article (`OriginalArticleUrl`).
            public var originalArticleURL: String
            /// The kind of the original (`OriginalArticleType`).
            public var originalArticleType: Int
            /// Whether reprinting is allowed (`CanReprint`, 0 or 1).
            public var canReprint: Int
            /// Whether the content is replaced by the original (`NeedReplaceContent`).
            public var needReplaceContent: Int
            /// Whether the source must be shown (`NeedShowReprintSource`).
            public var needShowReprintSource: Int

            /// Creates the value from its parts (for tests, builders and simulators).
            public init(
                articleIndex: Int,
                userDeclareState: Int,
                auditState: Int,
                originalArticleURL: String,
                originalArticleType: Int,
                canReprint: Int,
                needReplaceContent: Int,
                needShowReprintSource: Int
            ) {
                self.articleIndex = articleIndex
                self.userDeclareState = userDeclareState
                self.auditState = auditState
                self.originalArticleURL = originalArticleURL
                self.originalArticleType = originalArticleType
                self.canReprint = canReprint
                self.needReplaceContent = needReplaceContent
                self.needShowReprintSource = needShowReprintSource
            }

            /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
            init(decoding tree: XMLTree) {
                self.articleIndex = tree.int("ArticleIdx") ?? 0
                self.userDeclareState = tree.int("UserDeclareState") ?? 0
                self.auditState = tree.int("AuditState") ?? 0
                self.originalArticleURL = tree["OriginalArticleUrl"] ?? ""
                self.originalArticleType = tree.int("OriginalArticleType") ?? 0
                self.canReprint = tree.int("CanReprint") ?? 0
                self.needReplaceContent = tree.int("NeedReplaceContent") ?? 0
                self.needShowReprintSource = tree.int("NeedShowReprintSource") ?? 0
            }
        }

        /// How many articles were checked (`Count`).
        public var count: Int
        /// One result per article (`ResultList/item`); 0, 1 or many.
        public var results: [Result]
        /// The overall state (`CheckState`): 1 may broadcast, 2 may not.
        public var checkState: Int

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(count: Int, results: [Result] = [], checkState: Int) {
            self.count = count
            self.results = results
            self.checkState = checkState
        }

        /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
        init(decoding tree: XMLTree) {
            self.count = tree.int("Count") ?? 0
            self.results = tree.child("ResultList")?.children(named: "item").map(Result.init(decoding:)) ?? []
            self.checkState = tree.int("CheckState") ?? 0
        }
    }

    /// Where one broadcast article was published (`ArticleUrlResult/ResultList/item`).
    public struct ArticleURL: Sendable, Hashable {
        /// The 1-based article index (`ArticleIdx`).
        public var articleIndex: Int
        /// The article's address (`ArticleUrl`).
        public var url: String

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(articleIndex: Int, url: String) {
            self.articleIndex = articleIndex
            self.url = url
        }

        /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
        init(decoding tree: XMLTree) {
            self.articleIndex = tree.int("ArticleIdx") ?? 0
            self.url = tree["ArticleUrl"] ?? ""
        }
    }

    /// The common header: who sent it to whom, when, and its raw `MsgType`.
    public var header: MessageHeader
    /// The broadcast's message id (`MsgID`).
    public var msgID: Int64
    /// The outcome as WeChat words it (`Status`), e.g. `send success` or `err(30003)`.
    public var status: String
    /// Followers targeted (`TotalCount`).
    public var totalCount: Int
    /// Followers left after filtering (`FilterCount`).
    public var filterCount: Int
    /// Deliveries that succeeded (`SentCount`).
    public var sentCount: Int
    /// Deliveries that failed (`ErrorCount`).
    public var errorCount: Int
    /// The originality check of the articles (`CopyrightCheckResult`), when reported.
    public var copyrightCheck: CopyrightCheck?
    /// The published address of each article (`ArticleUrlResult/ResultList/item`); 0, 1 or many.
    public var articleURLs: [ArticleURL]
    /// The raw `Event` value exactly as sent.
    public var event: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        header: MessageHeader,
        msgID: Int64,
        status: String,
        totalCount: Int,
        filterCount: Int,
        sentCount: Int,
        errorCount: Int,
        copyrightCheck: CopyrightCheck? = nil,
        articleURLs: [ArticleURL] = [],
        event: String = "MASSSENDJOBFINISH"
    ) {
        self.header = header
        self.msgID = msgID
        self.status = status
        self.totalCount = totalCount
        self.filterCount = filterCount
        self.sentCount = sentCount
        self.errorCount = errorCount
        self.copyrightCheck = copyrightCheck
        self.articleURLs = articleURLs
        self.event = event
    }

    /// Reads the event's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, header: MessageHeader, event: String) {
        self.header = header
        self.event = event
        self.msgID = tree.int64("MsgID") ?? 0
        self.status = tree["Status"] ?? ""
        self.totalCount = tree.int("TotalCount") ?? 0
        self.filterCount = tree.int("FilterCount") ?? 0
        self.sentCount = tree.int("SentCount") ?? 0
        self.errorCount = tree.int("ErrorCount") ?? 0
        self.copyrightCheck = tree.child("CopyrightCheckResult").map(CopyrightCheck.init(decoding:))
        self.articleURLs =
            tree.child("ArticleUrlResult")?.child("ResultList")?.children(named: "item")
            .map(ArticleURL.init(decoding:))
            ?? []
    }
}
