import WeChatAccountAPI
import WeChatMessages

/// A bot's rules flattened into routing order, with its declared menus and what start-up diagnostics found
/// about them.
struct RuleSet: Sendable {
    let rules: [Rule]
    let menus: [(menu: Menu, location: SourceLocation)]
    let diagnostics: [BotDiagnostic]

    init(_ declared: Rules) {
        var rules: [Rule] = []
        var menus: [(menu: Menu, location: SourceLocation)] = []
        var diagnostics: [BotDiagnostic] = []
        Self.flatten(declared, into: &rules, menus: &menus, diagnostics: &diagnostics)
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
        if !menus.isEmpty { diagnostics += Self.menuDiagnostics(rules: rules, menus: menus) }
        self.rules = rules
        self.menus = menus
        self.diagnostics = diagnostics
    }

    /// Click rules whose key is in no declared menu, and declared click keys no rule answers.
    private static func menuDiagnostics(rules: [Rule], menus: [(menu: Menu, location: SourceLocation)]) -> [BotDiagnostic] {
        var diagnostics: [BotDiagnostic] = []
        let clickKeys = Set(menus.flatMap { Self.clickKeys(of: $0.menu.buttons) })
        for rule in rules {
            guard let key = rule.exactKey, key.field == .clickKey, !clickKeys.contains(key.value) else { continue }
            diagnostics.append(
                BotDiagnostic(
                    kind: .clickKeyNotInMenu, location: rule.location,
                    message: "rule \(rule.summary) answers the click key \(key.value), which no declared menu has"))
        }
        for (menu, location) in menus {
            for key in Self.clickKeys(of: menu.buttons) where !Self.isAnswered(clickKey: key, by: rules) {
                diagnostics.append(
                    BotDiagnostic(
                        kind: .menuKeyUnanswered, location: location,
                        message: "menu button key \(key) is answered by no rule"))
            }
        }
        return diagnostics
    }

    private static func clickKeys(of buttons: [MenuButton]) -> [String] {
        buttons.flatMap { button -> [String] in
            switch button.action {
            case .click(let key): [key]
            case .subMenu(let children): clickKeys(of: children)
            default: []
            }
        }
    }

    /// Whether some rule takes a click on `key` (exact, prefix, pattern or catch-all rules alike).
    private static func isAnswered(clickKey key: String, by rules: [Rule]) -> Bool {
        guard !key.contains("]]>") else { return true }
        let xml =
            "<xml><ToUserName><![CDATA[gh_menu]]></ToUserName><FromUserName><![CDATA[o_menu]]></FromUserName>"
            + "<CreateTime>0</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event>"
            + "<EventKey><![CDATA[\(key)]]></EventKey></xml>"
        guard let message = try? InboundMessage(parsing: Array(xml.utf8)) else { return true }
        let subject = MatchSubject(message: message, account: AccountIdentity(originalID: "gh_menu"), expectedStep: nil)
        return rules.contains { !$0.kinds.isDisjoint(with: subject.kind) && $0.match(subject) != nil }
    }

    private static func flatten(
        _ declared: Rules, into rules: inout [Rule], menus: inout [(menu: Menu, location: SourceLocation)],
        diagnostics: inout [BotDiagnostic]
    ) {
        for item in declared.items {
            switch item {
            case .rule(let rule):
                rules.append(rule)
            case .menu(let menu, let location):
                menus.append((menu, location))
            case .group(let name, let location, let groupRules):
                if groupRules.items.isEmpty {
                    diagnostics.append(
                        BotDiagnostic(kind: .emptyGroup, location: location, message: "rule group \(name) has no rules")
                    )
                }
                flatten(groupRules, into: &rules, menus: &menus, diagnostics: &diagnostics)
            }
        }
    }
}
