import WeChatMessages

/// Routes a message through the rules: first match wins, unless its handler falls through.
///
/// Rules are pre-sorted into one list per message kind, so a text message never runs an event rule's
/// matcher, and consecutive exact-keyword (or exact menu-key) rules are merged into one hash table, so fifty
/// keywords cost one lookup. Routing allocates nothing until a rule matches.
struct Router: Sendable {
    /// A step of routing: one rule, or a run of exact rules on one field found by hashing its value.
    private enum Segment: Sendable {
        case rule(Rule)
        case exact(ExactKey.Field, [String: [Rule]])
    }

    private let segmentsByKind: [[Segment]]
    /// Whether any rule waits for a dialog step, so sessions must be consulted before matching.
    private let usesDialogs: Bool

    init(rules: [Rule]) {
        segmentsByKind = MessageKinds.each.map { kind in Self.segments(of: rules.filter { $0.kinds.contains(kind) }) }
        usesDialogs = rules.contains { !$0.dialogSteps.isEmpty }
    }

    private static func segments(of rules: [Rule]) -> [Segment] {
        var segments: [Segment] = []
        for rule in rules {
            guard let key = rule.exactKey else {
                segments.append(.rule(rule))
                continue
            }
            if case .exact(let field, var table) = segments.last, field == key.field {
                table[key.value, default: []].append(rule)
                segments[segments.count - 1] = .exact(field, table)
            } else {
                segments.append(.exact(key.field, [key.value: [rule]]))
            }
        }
        return segments
    }

    /// The reply of the first rule that handles `message`, or `nil` (no reply) when none does.
    func route(_ message: InboundMessage, context: BotContext) async throws -> Reply? {
        let expectedStep = usesDialogs ? try await context.session.expectedStepValue() : nil
        let subject = MatchSubject(message: message, account: context.account, expectedStep: expectedStep)
        var context = context
        for segment in segmentsByKind[subject.kind.index] {
            switch segment {
            case .rule(let rule):
                guard let captures = rule.match(subject) else { continue }
                if let expectedStep, rule.dialogSteps.contains(expectedStep) {
                    try await context.session.endDialog()
                }
                context.captures = captures
                if let outcome = try await outcome(of: rule, message, context) { return outcome }
            case .exact(let field, let table):
                guard let value = subject.value(of: field), let rules = table[value] else { continue }
                context.captures = .none
                for rule in rules {
                    if let outcome = try await outcome(of: rule, message, context) { return outcome }
                }
            }
        }
        return nil
    }

    /// The reply (`.some(nil)` for none) of `rule`'s handler, or `nil` when it falls through.
    private func outcome(of rule: Rule, _ message: InboundMessage, _ context: BotContext) async throws -> Reply?? {
        switch try await rule.run(message, context) {
        case .reply(let reply): reply
        case .noReply: .some(nil)
        case .fallThrough: nil
        }
    }
}
