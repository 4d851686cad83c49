import WeChatAccountAPI
import WeChatMessages
import Yams

extension RulesFile {
    /// Button fields a `menu:` entry may have: WeChat's own (https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Creating_Custom-Defined_Menu.html)
    /// plus `reply` on click buttons.
    private static let buttonKeys: Set<String> = [
        "name", "type", "key", "url", "appid", "pagepath", "media_id", "article_id", "sub_button", "reply",
    ]

    /// The menu of a `menu:` section (a list of buttons, or WeChat's `{"button": [...]}`) and a click rule
    /// for every button that has a `reply`. The menu is validated against WeChat's limits.
    static func menu(from node: Node, fileName: String) throws(WeChatBotCLIError) -> (Menu, [Rule]) {
        let list = node.mapping?["button"] ?? node
        guard let items = list.sequence else {
            throw .invalidRules(file: fileName, line: line(of: node), reason: "menu: expected a list of buttons")
        }
        var rules: [Rule] = []
        var buttons: [MenuButton] = []
        for item in items {
            buttons.append(try button(from: item, fileName: fileName, topLevel: true, rules: &rules))
        }
        let menu = Menu(buttons: buttons)
        do {
            try menu.validate()
        } catch {
            throw .invalidRules(file: fileName, line: line(of: node), reason: "menu: \(error)")
        }
        return (menu, rules)
    }

    private static func button(
        from node: Node, fileName: String, topLevel: Bool, rules: inout [Rule]
    ) throws(WeChatBotCLIError) -> MenuButton {
        func refuse(_ reason: String, at place: Node? = nil) -> WeChatBotCLIError {
            .invalidRules(file: fileName, line: line(of: place ?? node), reason: "menu: " + reason)
        }
        guard let mapping = node.mapping else { throw refuse("a button must be a mapping with a name") }
        for key in mapping.keys where !buttonKeys.contains(key.string ?? "") {
            throw refuse("unknown button key \"\(key.string ?? "")\"", at: key)
        }
        guard let name = mapping["name"]?.string, !name.isEmpty else { throw refuse("every button needs a name") }
        func text(_ key: String) -> String? { mapping[key]?.scalar?.string }
        if let children = mapping["sub_button"] {
            guard topLevel else { throw refuse("sub-menus cannot nest", at: children) }
            guard let items = children.sequence else { throw refuse("sub_button must be a list", at: children) }
            var subButtons: [MenuButton] = []
            for item in items {
                subButtons.append(try button(from: item, fileName: fileName, topLevel: false, rules: &rules))
            }
            return .subMenu(name, subButtons)
        }
        let type = text("type") ?? inferredType(key: text("key"), url: text("url"), appID: text("appid"), mediaID: text("media_id"), articleID: text("article_id"))
        let key = text("key") ?? ""
        let action: MenuButton.Action
        switch type {
        case "click": action = .click(key: key)
        case "view": action = .view(url: text("url") ?? "")
        case "miniprogram": action = .miniProgram(appID: text("appid") ?? "", pagePath: text("pagepath") ?? "", url: text("url") ?? "")
        case "scancode_push": action = .scanCodePush(key: key)
        case "scancode_waitmsg": action = .scanCodeWaitMessage(key: key)
        case "pic_sysphoto": action = .systemPhoto(key: key)
        case "pic_photo_or_album": action = .photoOrAlbum(key: key)
        case "pic_weixin": action = .weChatAlbum(key: key)
        case "location_select": action = .locationSelect(key: key)
        case "media_id": action = .media(mediaID: text("media_id") ?? "")
        case "article_id": action = .article(articleID: text("article_id") ?? "")
        case "article_view_limited": action = .articleViewLimited(articleID: text("article_id") ?? "")
        default: throw refuse("button \"\(name)\": unknown type \"\(type)\"")
        }
        if let replyNode = mapping["reply"] {
            guard case .click(let key) = action, !key.isEmpty else {
                throw refuse("button \"\(name)\": only click buttons (with a key) take a reply", at: replyNode)
            }
            rules.append(
                Rule(trigger: .menu(key), reply: try reply(from: replyNode, refuse: refuse), line: line(of: node)))
        }
        return MenuButton(name: name, action: action)
    }

    /// The button type implied by its fields when `type` is left out.
    private static func inferredType(key: String?, url: String?, appID: String?, mediaID: String?, articleID: String?)
        -> String
    {
        if key != nil { return "click" }
        if appID != nil { return "miniprogram" }
        if url != nil { return "view" }
        if mediaID != nil { return "media_id" }
        if articleID != nil { return "article_id" }
        return "click"
    }
}
