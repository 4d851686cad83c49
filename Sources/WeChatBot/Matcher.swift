public import WeChatMessages

/// Decides whether a rule applies to a message, and hands its handler the typed part it matched.
///
/// `Payload` is what the handler receives: `.text("help")` is a `Matcher<TextMessage>`, `.subscribe` a
/// `Matcher<SubscribeEvent>`, `.any` a `Matcher<InboundMessage>`. Matchers of one payload combine with
/// `&&`, `||` and `!`; any matcher can be narrowed with a condition on the whole message, such as
/// `.sender(_:)`, using `&&`. New matchers are built from existing ones in an extension, or from scratch with
/// ``init(_:extracting:)``.
public struct Matcher<Payload: Sendable>: Sendable {
    let kinds: MessageKinds
    let shape: MatcherShape
    /// A short human-readable form, e.g. `text == "help"`, for rule summaries and diagnostics.
    let summary: String
    /// The stored forms of the dialog steps this matcher refers to.
    let dialogSteps: Set<String>
    /// Set when the matcher accepts exactly one value of an indexed field and nothing else, so the router can
    /// find it with one hash lookup.
    var exactKey: ExactKey?
    private let extract: @Sendable (InboundMessage) -> Payload?
    private let test: @Sendable (Payload, MatchSubject) -> RuleCaptures?

    init(
        kinds: MessageKinds,
        shape: MatcherShape,
        summary: String,
        dialogSteps: Set<String> = [],
        extract: @escaping @Sendable (InboundMessage) -> Payload?,
        test: @escaping @Sendable (Payload, MatchSubject) -> RuleCaptures?
    ) {
        self.kinds = kinds
        self.shape = shape
        self.summary = summary
        self.dialogSteps = dialogSteps
        self.extract = extract
        self.test = test
    }

    /// A matcher for messages `extract` recognises, e.g. an event this library has no shorthand for.
    ///
    /// `summary` names it in rule summaries and start-up diagnostics.
    public init(_ summary: String, extracting extract: @escaping @Sendable (InboundMessage) -> Payload?) {
        self.init(kinds: .all, shape: .opaque, summary: summary, extract: extract) { _, _ in RuleCaptures.none }
    }

    /// The captures when a subject matches, otherwise `nil`: a closure over this matcher's parts, made once by
    /// the rule or combination that calls it for every message (a closure over the matcher itself would look up
    /// `Matcher<Payload>`'s type metadata at each call).
    var matching: @Sendable (MatchSubject) -> RuleCaptures? {
        let (kinds, extract, test) = (kinds, extract, test)
        return { subject in
            guard kinds.contains(subject.kind), let payload = extract(subject.message) else { return nil }
            return test(payload, subject)
        }
    }

    /// The payload of a message, for the handler of a rule that matched it.
    var payload: @Sendable (InboundMessage) -> Payload? {
        extract
    }

    /// This matcher, further restricted by `accepts` on the payload.
    func filter(
        shape: MatcherShape,
        summary: String,
        _ accepts: @escaping @Sendable (Payload) -> Bool
    ) -> Matcher {
        refined(shape: shape, summary: summary) { payload in accepts(payload) ? RuleCaptures.none : nil }
    }

    /// This matcher, further restricted by `captures` on the payload, which also supplies the captures.
    func refined(
        shape: MatcherShape,
        summary: String,
        _ captures: @escaping @Sendable (Payload) -> RuleCaptures?
    ) -> Matcher {
        let test = self.test
        return Matcher(
            kinds: kinds,
            shape: shape,
            summary: summary,
            dialogSteps: dialogSteps,
            extract: extract
        ) { payload, subject in
            guard let first = test(payload, subject), let second = captures(payload) else { return nil }
            return first.merged(with: second)
        }
    }
}

extension Matcher {
    /// Matches when both match; the payload is the left side's, the captures are both sides'.
    ///
    /// The right side may have another payload, so conditions such as `.sender(_:)` narrow any matcher.
    public static func && <Other>(lhs: Matcher, rhs: Matcher<Other>) -> Matcher {
        let (test, rightMatching) = (lhs.test, rhs.matching)
        return Matcher(
            kinds: lhs.kinds.intersection(rhs.kinds),
            shape: lhs.shape.and(rhs.shape),
            summary: "\(lhs.summary) && \(rhs.summary)",
            dialogSteps: lhs.dialogSteps.union(rhs.dialogSteps),
            extract: lhs.extract
        ) { payload, subject in
            guard let left = test(payload, subject), let right = rightMatching(subject) else { return nil }
            return left.merged(with: right)
        }
    }

    /// Matches when either matches, trying the left side first; the captures are the matching side's.
    public static func || (lhs: Matcher, rhs: Matcher) -> Matcher {
        let (leftTest, rightTest, rightExtract) = (lhs.test, rhs.test, rhs.extract)
        return Matcher(
            kinds: lhs.kinds.union(rhs.kinds),
            shape: .opaque,
            summary: "(\(lhs.summary) || \(rhs.summary))",
            dialogSteps: lhs.dialogSteps.union(rhs.dialogSteps),
            extract: { message in lhs.extract(message) ?? rightExtract(message) }
        ) { payload, subject in
            leftTest(payload, subject) ?? rightExtract(subject.message).flatMap { rightTest($0, subject) }
        }
    }

    /// Matches the messages of the same kind that `matcher` rejects (`!.text("hi")`: any text but `hi`).
    public static prefix func ! (matcher: Matcher) -> Matcher {
        let test = matcher.test
        return Matcher(
            kinds: matcher.kinds,
            shape: .opaque,
            summary: "!(\(matcher.summary))",
            dialogSteps: matcher.dialogSteps,
            extract: matcher.extract
        ) { payload, subject in
            test(payload, subject) == nil ? RuleCaptures.none : nil
        }
    }

    /// Matches when every one of `matchers` matches (`&&` over a list).
    public static func all(_ first: Matcher, _ others: Matcher...) -> Matcher {
        others.reduce(first) { $0 && $1 }
    }

    /// Matches when any one of `matchers` matches, trying them in order (`||` over a list).
    public static func any(_ first: Matcher, _ others: Matcher...) -> Matcher {
        others.reduce(first) { $0 || $1 }
    }

    /// Matches what `matcher` rejects (`!` as a function).
    public static func not(_ matcher: Matcher) -> Matcher {
        !matcher
    }

    /// Narrows this matcher with a predicate on its payload.
    public func when(_ predicate: @escaping @Sendable (Payload) -> Bool) -> Matcher {
        filter(shape: .opaque, summary: "\(summary) where <predicate>", predicate)
    }
}
