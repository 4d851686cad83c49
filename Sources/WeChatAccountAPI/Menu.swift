/// A custom menu: one to three buttons on the bar, each a button or a sub-menu; with a ``matchRule`` it is
/// a conditional menu shown only to the users it matches.
///
/// The JSON form is WeChat's own (`{"button": [...], "matchrule": {...}}`), so a menu file written for
/// WeChat's docs decodes as is. ``validate()`` checks WeChat's limits before anything is sent.
public struct Menu: Sendable, Hashable, Codable {
    /// The buttons on the bar, left to right.
    public var buttons: [MenuButton]
    /// Who sees a conditional menu; `nil` for the default menu.
    public var matchRule: MenuMatchRule?
    /// WeChat's id of a conditional menu (in ``AccountAPI/Menus/current()`` answers).
    public var menuID: String?

    /// A menu of `buttons`, conditional when `matchRule` is given.
    public init(buttons: [MenuButton], matchRule: MenuMatchRule? = nil) {
        self.buttons = buttons
        self.matchRule = matchRule
    }

    enum CodingKeys: String, CodingKey {
        case buttons = "button"
        case matchRule = "matchrule"
        case menuID = "menuid"
    }

    /// Reads WeChat's menu JSON; `menuid` may be a number or a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        buttons = try container.decodeIfPresent([MenuButton].self, forKey: .buttons) ?? []
        matchRule = try container.decodeIfPresent(MenuMatchRule.self, forKey: .matchRule)
        menuID =
            (try? container.decodeIfPresent(String.self, forKey: .menuID))
            ?? (try? container.decodeIfPresent(Int64.self, forKey: .menuID)).flatMap { $0.map(String.init) }
    }

    /// Every event key the menu's buttons push, in order.
    public var keys: [String] {
        buttons.flatMap { button -> [String] in
            if case .subMenu(let children) = button.action { return children.compactMap(\.key) }
            return button.key.map { [$0] } ?? []
        }
    }
}
