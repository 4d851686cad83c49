import WeChatMessages

/// One declared rule, ready to route: its matcher's facts and its type-erased handler.
struct Rule: Sendable {
    let location: SourceLocation
    let summary: String
    let kinds: MessageKinds
    let shape: MatcherShape
    let dialogSteps: Set<String>
    let exactKey: ExactKey?
    /// Whether the handler can pass the message on; such a rule never shadows later ones.
    let mayFallThrough: Bool
    let match: @Sendable (MatchSubject) -> RuleCaptures?
    let run: @Sendable (InboundMessage, BotContext) async throws -> HandlerOutcome

    init<Payload>(
        _ matcher: Matcher<Payload>,
        location: SourceLocation,
        mayFallThrough: Bool,
        handle: @escaping @Sendable (Payload, BotContext) async throws -> HandlerOutcome
    ) {
        self.location = location
        self.summary = matcher.summary
        self.kinds = matcher.kinds
        self.shape = matcher.shape
        self.dialogSteps = matcher.dialogSteps
        self.exactKey = matcher.exactKey
        self.mayFallThrough = mayFallThrough
        self.match = matcher.matching
        let extract = matcher.payload
        self.run = { message, context in
            guard let payload = extract(message) else { return .fallThrough }
            return try await handle(payload, context)
        }
    }
}
