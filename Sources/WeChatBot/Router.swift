import WeChatMessages

/// Routes a message through the rules: first match wins, unless its handler falls through.
///
/// Rules are pre-sorted into one list per message kind, so a text message never runs an event rule's
/// matcher; routing allocates nothing until a rule matches.
struct Router: Sendable {
    private let rulesByKind: [[Rule]]
    /// Whether any rule waits for a dialog step, so sessions must be consulted before matching.
    private let usesDialogs: Bool

    init(rules: [Rule]) {
        rulesByKind = MessageKinds.each.map { kind in rules.filter { $0.kinds.contains(kind) } }
        usesDialogs = rules.contains { !$0.dialogSteps.isEmpty }
    }

    /// The reply of the first rule that handles `message`, or `nil` (no reply) when none does.
    func route(_ message: InboundMessage, context: BotContext) async throws -> Reply? {
        let expectedStep = usesDialogs ? try await context.session.expectedStepValue() : nil
        let subject = MatchSubject(message: message, account: context.account, expectedStep: expectedStep)
        var context = context
        for rule in rulesByKind[subject.kind.index] {
            guard let captures = rule.match(subject) else { continue }
            if let expectedStep, rule.dialogSteps.contains(expectedStep) {
                try await context.session.endDialog()
            }
            context.captures = captures
            switch try await rule.run(message, context) {
            case .reply(let reply): return reply
            case .noReply: return nil
            case .fallThrough: continue
            }
        }
        return nil
    }
}
