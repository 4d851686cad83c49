public import WeChatAccountAPI
public import WeChatMessages
import Yams

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Keyword, regex, event and menu-key rules declared in a YAML or JSON file, so a bot needs no Swift,
/// optionally with the account's custom menu beside them (see ``menu``):
///
/// ```yaml
/// menu:
///   - name: 今日推荐
///     key: TODAY                # a click button and its reply in one place
///     reply: 今日推荐：拿铁
///   - name: 更多
///     sub_button:
///       - name: 官网
///         url: https://cafe.example.com
///       - name: 菜单
///         key: MENU_PICTURE
///         reply:
///           image: ./menu.png   # a local file: uploaded once, its media id reused
/// rules:
///   - keyword: hello            # the whole text, exactly
///     reply: Hi there!
///   - contains: price           # also: prefix
///     reply: "Coffee 20, tea 15"
///   - regex: '^weather (.+)$'   # $1, $2 … are the captures
///     reply: "Sunny in $1"
///   - event: subscribe          # subscribe, unsubscribe, SCAN, LOCATION, CLICK, VIEW, or any Event name
///     reply: Welcome!
///   - menu: MENU_TODAY          # a click-menu key
///     reply:
///       news:
///         - title: Today
///           url: https://example.com/today
///   - otherwise: true
///     reply: Sorry, try "hello"
/// ```
/// A reply is a text, or one of `text:`, `image:`, `voice:` (a media id, or a local file path such as
/// `./menu.png`), `news:` (articles with `title`, `description`, `url`, `picurl`). A bad file is refused with
/// its line and the reason; so is a menu that breaks WeChat's limits.
public struct RulesFile: Sendable {
    /// What a rule reacts to.
    public enum Trigger: Sendable, Hashable {
        /// The whole text equals the keyword.
        case keyword(String)
        /// The text contains the fragment.
        case contains(String)
        /// The text starts with the prefix.
        case prefix(String)
        /// The text matches the regular expression (validated when the file is read).
        case regex(String)
        /// An event with this `Event` name (any case).
        case event(String)
        /// A click on the menu button with this key.
        case menu(String)
        /// Every message no earlier rule answered.
        case otherwise
    }

    /// One rule and the line it was declared on.
    public struct Rule: Sendable, Hashable {
        /// What the rule reacts to.
        public var trigger: Trigger
        /// The reply; texts may use `$1`… for regex captures.
        public var reply: Reply
        /// The 1-based line of the rule in the file.
        public var line: Int
    }

    /// The file's name, for rule locations and errors.
    public let fileName: String
    /// The rules, in file order: the menu's click replies first, then the `rules:` list.
    public let rules: [Rule]
    /// The custom menu of the `menu:` section (WeChat's button fields, plus `reply` on click buttons).
    public let menu: Menu?
    /// The line of the `menu:` section.
    public let menuLine: Int

    /// Reads and validates the file at `path`.
    public init(contentsOf path: String) throws(WeChatBotCLIError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableFile(path, "\(error)")
        }
        try self.init(text: text, fileName: path)
    }

    /// Parses and validates rules from YAML or JSON `text`; `fileName` names it in errors.
    public init(text: String, fileName: String) throws(WeChatBotCLIError) {
        self.fileName = fileName
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw .invalidRules(file: fileName, line: Self.line(of: error), reason: "not valid YAML or JSON")
        }
        guard let root else { throw .invalidRules(file: fileName, line: 1, reason: "the file is empty") }
        var rules: [Rule] = []
        let menuNode = root.mapping?["menu"]
        if let menuNode {
            let (menu, clickRules) = try Self.menu(from: menuNode, fileName: fileName)
            self.menu = menu
            menuLine = Self.line(of: menuNode)
            rules += clickRules
        } else {
            menu = nil
            menuLine = 1
        }
        let list = root.mapping?["rules"] ?? (menuNode == nil ? root : Node.sequence(.init([])))
        guard let items = list.sequence else {
            throw .invalidRules(file: fileName, line: Self.line(of: list), reason: "expected a list of rules")
        }
        for item in items {
            rules.append(try Self.rule(from: item, fileName: fileName))
        }
        self.rules = rules
    }

    private static let triggerKeys = ["keyword", "contains", "prefix", "regex", "event", "menu", "otherwise"]

    static func rule(from node: Node, fileName: String) throws(WeChatBotCLIError) -> Rule {
        let line = line(of: node)
        func refuse(_ reason: String, at node: Node? = nil) -> WeChatBotCLIError {
            .invalidRules(file: fileName, line: node.map(Self.line(of:)) ?? line, reason: reason)
        }
        guard let mapping = node.mapping else { throw refuse("a rule must be a mapping with a trigger and a reply") }
        for key in mapping.keys {
            let name = key.string ?? ""
            guard triggerKeys.contains(name) || name == "reply" else {
                throw refuse(
                    "unknown key \"\(name)\" (expected one of \(triggerKeys.joined(separator: ", ")), reply)", at: key)
            }
        }
        let triggers = triggerKeys.filter { mapping[$0] != nil }
        guard triggers.count == 1, let name = triggers.first, let value = mapping[name] else {
            throw refuse("a rule needs exactly one trigger (\(triggerKeys.joined(separator: ", ")))")
        }
        guard let replyNode = mapping["reply"] else { throw refuse("the rule has no reply") }
        guard let text = value.scalar?.string, name == "otherwise" || !text.isEmpty else {
            throw refuse("\"\(name)\" needs a non-empty text value", at: value)
        }
        let trigger: Trigger
        switch name {
        case "keyword": trigger = .keyword(text)
        case "contains": trigger = .contains(text)
        case "prefix": trigger = .prefix(text)
        case "regex":
            do {
                _ = try Regex(text)
            } catch {
                throw refuse("invalid regular expression: \(error)", at: value)
            }
            trigger = .regex(text)
        case "event": trigger = .event(text)
        case "menu": trigger = .menu(text)
        default:
            guard value.bool == true else { throw refuse("\"otherwise\" must be true", at: value) }
            trigger = .otherwise
        }
        return Rule(trigger: trigger, reply: try reply(from: replyNode, refuse: refuse), line: line)
    }

    static func reply(
        from node: Node,
        refuse: (String, Node?) -> WeChatBotCLIError
    ) throws(WeChatBotCLIError) -> Reply {
        if let text = node.scalar?.string {
            guard !text.isEmpty else { throw refuse("the reply is empty", node) }
            return .text(text)
        }
        guard let mapping = node.mapping, mapping.count == 1, let key = mapping.keys.first?.string,
            let value = mapping.values.first
        else { throw refuse("a reply is a text or one of text:, image:, voice:, news:", node) }
        switch key {
        case "text", "image", "voice":
            guard let text = value.scalar?.string, !text.isEmpty else {
                throw refuse("\"\(key)\" needs a non-empty text value", value)
            }
            switch key {
            case "text": return .text(text)
            case "image": return isLocalPath(text) ? .file(.image(text)) : .image(mediaID: text)
            default: return isLocalPath(text) ? .file(.voice(text)) : .voice(mediaID: text)
            }
        case "news":
            guard let items = value.sequence, (1...Reply.maximumArticleLimit).contains(items.count) else {
                throw refuse("\"news\" needs a list of 1 to \(Reply.maximumArticleLimit) articles", value)
            }
            var articles: [Article] = []
            for item in items {
                guard let title = item.mapping?["title"]?.string, !title.isEmpty else {
                    throw refuse("every article needs a title", item)
                }
                articles.append(
                    Article(
                        title: title,
                        description: item.mapping?["description"]?.string,
                        picURL: item.mapping?["picurl"]?.string,
                        url: item.mapping?["url"]?.string
                    )
                )
            }
            return .news(articles)
        default:
            throw refuse("unknown reply kind \"\(key)\" (expected text, image, voice or news)", node)
        }
    }

    /// Whether a reply's media value names a local file rather than a media id: a path (`./`, `../`, `/`,
    /// `~/`) or a file name with a media extension.
    static func isLocalPath(_ value: String) -> Bool {
        if value.hasPrefix("./") || value.hasPrefix("../") || value.hasPrefix("/") || value.hasPrefix("~/") { return true }
        let lowered = value.lowercased()
        return [".png", ".jpg", ".jpeg", ".gif", ".amr", ".mp3"].contains { lowered.hasSuffix($0) }
    }

    static func line(of node: Node) -> Int {
        node.mark?.line ?? 1
    }

    private static func line(of error: any Error) -> Int {
        guard let error = error as? YamlError else { return 1 }
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }
}
