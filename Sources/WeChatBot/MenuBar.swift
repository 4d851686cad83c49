public import WeChatAccountAPI

/// The account's custom menu, declared where its handlers are: each ``Click`` button carries the rule that
/// answers it, so a key cannot be spelled twice.
///
/// ```swift
/// let bot = Bot {
///     MenuBar {
///         Click("今日推荐", key: "TODAY") { _, _ in .text("今日推荐：拿铁") }
///         SubMenu("更多") {
///             MenuButton.view("官网", url: "https://cafe.example.com")
///             Click("联系我们", key: "CONTACT") { ContactHandler() }
///         }
///     }
///     On(.text("help")) { _, _ in .text("点菜单试试") }
/// }
/// try await api.menus.create(bot.menu!)   // or: wechat-bot menu push
/// ```
/// The bar's click rules take part in routing at the bar's place. ``Bot/menu`` holds the declared menu;
/// start-up diagnostics name a click rule whose key is in no menu and a menu key no rule answers.
public struct MenuBar: Sendable {
    let menu: Menu
    let rules: Rules
    let location: SourceLocation

    /// A menu built elsewhere (a settings file, WeChat's JSON); its click keys are answered by other rules.
    public init(_ menu: Menu, fileID: String = #fileID, line: Int = #line) {
        self.menu = menu
        rules = .empty
        location = SourceLocation(fileID: fileID, line: line)
    }

    /// A menu of the buttons built by `items`, left to right.
    public init(fileID: String = #fileID, line: Int = #line, @MenuBarBuilder _ items: () -> [MenuBarItem]) {
        let items = items()
        menu = Menu(buttons: items.map(\.button))
        rules = Rules(items.flatMap(\.rules).map { .rule($0) })
        location = SourceLocation(fileID: fileID, line: line)
    }
}

/// One button of a ``MenuBar`` with the rules that answer it.
public struct MenuBarItem: Sendable {
    let button: MenuButton
    let rules: [Rule]
}

/// A `click` menu button and the rule that answers its key.
public struct Click: Sendable {
    let item: MenuBarItem

    /// A button `name` pushing `key`, answered by a handler type.
    public init<H: Handler>(
        _ name: String, key: String, fileID: String = #fileID, line: Int = #line, handler: () -> H
    ) where H.Input == ClickEvent {
        let rule = On(.click(key: key), fileID: fileID, line: line, handler: handler).rule
        item = MenuBarItem(button: .click(name, key: key), rules: [rule])
    }

    /// A button `name` pushing `key`, answered by a closure; `nil` means no reply.
    public init(
        _ name: String, key: String, fileID: String = #fileID, line: Int = #line,
        _ handle: @escaping @Sendable (ClickEvent, BotContext) async throws -> Reply?
    ) {
        let rule = On(.click(key: key), fileID: fileID, line: line, handle).rule
        item = MenuBarItem(button: .click(name, key: key), rules: [rule])
    }
}

/// A sub-menu of one to five buttons in a ``MenuBar``.
public struct SubMenu: Sendable {
    let item: MenuBarItem

    /// A sub-menu `name` of the buttons built by `items`.
    public init(_ name: String, @MenuBarBuilder _ items: () -> [MenuBarItem]) {
        let items = items()
        item = MenuBarItem(button: .subMenu(name, items.map(\.button)), rules: items.flatMap(\.rules))
    }
}

/// Builds a ``MenuBar``'s buttons from ``Click``, ``SubMenu`` and plain `MenuButton` values (view,
/// mini program, scan, photo, location, media and article buttons).
@resultBuilder
public enum MenuBarBuilder {
    /// A click button with its rule.
    public static func buildExpression(_ click: Click) -> [MenuBarItem] { [click.item] }
    /// A sub-menu with its buttons' rules.
    public static func buildExpression(_ subMenu: SubMenu) -> [MenuBarItem] { [subMenu.item] }
    /// Any other button; a click button declared this way needs an `On(.click(key:))` rule elsewhere.
    public static func buildExpression(_ button: MenuButton) -> [MenuBarItem] {
        [MenuBarItem(button: button, rules: [])]
    }
    /// Consecutive buttons, in order.
    public static func buildBlock(_ parts: [MenuBarItem]...) -> [MenuBarItem] { parts.flatMap { $0 } }
    /// The buttons of an `if` without `else`, when its condition held.
    public static func buildOptional(_ part: [MenuBarItem]?) -> [MenuBarItem] { part ?? [] }
    /// The first branch of an `if`/`else`.
    public static func buildEither(first part: [MenuBarItem]) -> [MenuBarItem] { part }
    /// The second branch of an `if`/`else`.
    public static func buildEither(second part: [MenuBarItem]) -> [MenuBarItem] { part }
    /// The buttons of a `for` loop.
    public static func buildArray(_ parts: [[MenuBarItem]]) -> [MenuBarItem] { parts.flatMap { $0 } }
}
