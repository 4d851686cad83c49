import WeChatMessages

/// One real payload copied from WeChat's documentation or a public SDK's test fixtures, with the case it must
/// decode into and field values it must carry (rendered as text, `nil` for an absent optional).
struct CorpusSample: Sendable {
    /// What a sample must decode into.
    enum Expectation: Sendable {
        /// A typed case (`text`, `event.userGetCard`, `notice.authorized`, ...) with these field values.
        case typed(String, [String: String])
        /// `.unknown` (message, event or notice), for the reason given.
        case unknown(because: String)
    }

    /// Where the payload was copied from: repository and file (and test), or documentation page.
    let source: String
    let xml: String
    let expected: Expectation

    init(_ source: String, _ xml: String, _ expected: Expectation) {
        self.source = source
        self.xml = xml
        self.expected = expected
    }

    /// Whether the payload goes to the authorization-event URL (a component notice) instead of the message URL.
    var isComponentNotice: Bool {
        xml.contains("<InfoType>")
    }
}
