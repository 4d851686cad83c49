import WeChatAccountAPI

/// An ordered list of rules and rule groups, as a ``RuleBuilder`` block produces it.
public struct Rules: Sendable {
    enum Item: Sendable {
        case rule(Rule)
        case group(name: String, location: SourceLocation, rules: Rules)
        case menu(Menu, location: SourceLocation)
    }

    let items: [Item]

    init(_ items: [Item]) {
        self.items = items
    }

    /// No rules.
    public static let empty = Rules([])
}

/// A reusable set of rules, declared like a SwiftUI view's body:
/// ```swift
/// struct MenuRules: RuleGroup {
///     var body: Rules {
///         On(.click(key: "MENU_TODAY")) { _, _ in .text("今日推荐") }
///         On(.click(keyPrefix: "MENU_")) { _, _ in .text("敬请期待") }
///     }
/// }
/// ```
/// Use a group wherever a rule may go; its rules take part in the order at that place.
public protocol RuleGroup: Sendable {
    /// The group's rules, in order.
    @RuleBuilder var body: Rules { get }
}

/// Builds ``Rules`` from a block of `On`, `Otherwise`, ``MenuBar`` and ``RuleGroup`` values, with `if`, `switch` and
/// `for` allowed.
@resultBuilder
public enum RuleBuilder {
    /// A single rule.
    public static func buildExpression(_ rule: On) -> Rules {
        Rules([.rule(rule.rule)])
    }

    /// The catch-all rule.
    public static func buildExpression(_ rule: Otherwise) -> Rules {
        Rules([.rule(rule.rule)])
    }

    /// A reusable group, remembered by name for diagnostics.
    public static func buildExpression(
        _ group: some RuleGroup,
        fileID: String = #fileID,
        line: Int = #line
    ) -> Rules {
        let name = String(describing: type(of: group))
        return Rules([.group(name: name, location: SourceLocation(fileID: fileID, line: line), rules: group.body)])
    }

    /// A menu bar: the declared menu, then its buttons' rules.
    public static func buildExpression(_ menuBar: MenuBar) -> Rules {
        Rules([.menu(menuBar.menu, location: menuBar.location)] + menuBar.rules.items)
    }

    /// Rules built elsewhere.
    public static func buildExpression(_ rules: Rules) -> Rules {
        rules
    }

    /// Consecutive parts, in order.
    public static func buildBlock(_ parts: Rules...) -> Rules {
        Rules(parts.flatMap(\.items))
    }

    /// The rules of an `if` without `else`, when its condition held.
    public static func buildOptional(_ part: Rules?) -> Rules {
        part ?? .empty
    }

    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first part: Rules) -> Rules {
        part
    }

    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second part: Rules) -> Rules {
        part
    }

    /// The rules of a `for` loop, in iteration order.
    public static func buildArray(_ parts: [Rules]) -> Rules {
        Rules(parts.flatMap(\.items))
    }
}
