/// A bot's rules flattened into routing order, with what start-up diagnostics found about them.
struct RuleSet: Sendable {
    let rules: [Rule]
    let diagnostics: [BotDiagnostic]

    init(_ declared: Rules) {
        var rules: [Rule] = []
        var diagnostics: [BotDiagnostic] = []
        Self.flatten(declared, into: &rules, diagnostics: &diagnostics)
        for (index, rule) in rules.enumerated() {
            guard let shadow = rules[..<index].first(where: { !$0.mayFallThrough && $0.shape.covers(rule.shape) })
            else { continue }
            diagnostics.append(
                BotDiagnostic(
                    kind: .unreachableRule,
                    location: rule.location,
                    message:
                        "rule \(rule.summary) can never match: \(shadow.summary) at \(shadow.location) takes every such message first"
                )
            )
        }
        self.rules = rules
        self.diagnostics = diagnostics
    }

    private static func flatten(_ declared: Rules, into rules: inout [Rule], diagnostics: inout [BotDiagnostic]) {
        for item in declared.items {
            switch item {
            case .rule(let rule):
                rules.append(rule)
            case .group(let name, let location, let groupRules):
                if groupRules.items.isEmpty {
                    diagnostics.append(
                        BotDiagnostic(kind: .emptyGroup, location: location, message: "rule group \(name) has no rules")
                    )
                }
                flatten(groupRules, into: &rules, diagnostics: &diagnostics)
            }
        }
    }
}
