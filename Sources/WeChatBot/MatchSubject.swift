import WeChatMessages

/// The message a rule is matched against, with what matchers may consult besides it.
struct MatchSubject: Sendable {
    let message: InboundMessage
    let kind: MessageKinds
    let account: AccountIdentity
    /// The stored form of the dialog step the sender's session expects, when rules use dialogs.
    let expectedStep: String?

    init(message: InboundMessage, account: AccountIdentity, expectedStep: String?) {
        self.message = message
        self.kind = MessageKinds(of: message)
        self.account = account
        self.expectedStep = expectedStep
    }

    /// The value of an indexed field, when the message has that field.
    func value(of field: ExactKey.Field) -> String? {
        switch (field, message) {
        case (.textContent, .text(let text)): text.content
        case (.clickKey, .event(.click(let click))): click.eventKey
        default: nil
        }
    }
}

/// A field value a matcher accepts exactly, for the router's hash index.
struct ExactKey: Hashable, Sendable {
    /// The fields the router indexes: the ones keyword and menu rules compare.
    enum Field: Hashable, Sendable {
        /// The content of a text message.
        case textContent
        /// The key of a click menu event.
        case clickKey
    }

    let field: Field
    let value: String
}

/// A set of `InboundMessage` cases: what a matcher can accept, so the router skips rules of other kinds
/// without running them.
struct MessageKinds: OptionSet, Hashable, Sendable {
    let rawValue: UInt16

    static let text = MessageKinds(rawValue: 1 << 0)
    static let image = MessageKinds(rawValue: 1 << 1)
    static let voice = MessageKinds(rawValue: 1 << 2)
    static let video = MessageKinds(rawValue: 1 << 3)
    static let shortVideo = MessageKinds(rawValue: 1 << 4)
    static let location = MessageKinds(rawValue: 1 << 5)
    static let link = MessageKinds(rawValue: 1 << 6)
    static let miniProgramPage = MessageKinds(rawValue: 1 << 7)
    static let event = MessageKinds(rawValue: 1 << 8)
    static let unknown = MessageKinds(rawValue: 1 << 9)
    static let file = MessageKinds(rawValue: 1 << 10)
    static let deviceText = MessageKinds(rawValue: 1 << 11)
    static let deviceEvent = MessageKinds(rawValue: 1 << 12)
    static let all = MessageKinds(rawValue: (1 << 13) - 1)

    /// Every single kind, in bit order: the router keeps one rule list per entry.
    static let each: [MessageKinds] = (0..<13).map { MessageKinds(rawValue: 1 << $0) }

    init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// The kind of `message`.
    init(of message: InboundMessage) {
        self =
            switch message {
            case .text: .text
            case .image: .image
            case .voice: .voice
            case .video: .video
            case .shortVideo: .shortVideo
            case .location: .location
            case .link: .link
            case .miniProgramPage: .miniProgramPage
            case .event: .event
            case .unknown: .unknown
            case .file: .file
            case .deviceText: .deviceText
            case .deviceEvent: .deviceEvent
            }
    }

    /// The position of a single kind in ``each``.
    var index: Int { rawValue.trailingZeroBitCount }
}
