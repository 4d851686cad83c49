extension FakeWeChatAPI {
    /// `cgi-bin/menu/*`, with WeChat's own checks of the button tree and its error codes
    /// (https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Global_Return_Code.html).
    static let menuEndpoints: [String: Endpoint] = [
        "/cgi-bin/menu/create": Endpoint(method: "POST", handle: createMenu),
        "/cgi-bin/menu/get": Endpoint(method: "GET", handle: getMenu),
        "/cgi-bin/menu/delete": Endpoint(method: "GET", handle: deleteMenu),
        "/cgi-bin/menu/addconditional": Endpoint(method: "POST", handle: addConditionalMenu),
        "/cgi-bin/menu/delconditional": Endpoint(method: "POST", handle: deleteConditionalMenu),
        "/cgi-bin/menu/trymatch": Endpoint(method: "POST", handle: tryMatchMenu),
    ]

    private static let keyedButtonTypes: Set<String> = [
        "click", "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin",
        "location_select",
    ]

    /// WeChat's error for the first broken rule of a `{"button": [...]}` tree, or `nil` when it is valid.
    private static func checkButtons(_ body: JSONValue) -> JSONValue? {
        guard let buttons = body["button"]?.arrayValue, (1...3).contains(buttons.count) else {
            return State.error(40016, "invalid button size")
        }
        for button in buttons {
            if let error = checkButton(button, sub: false) { return error }
            guard let children = button["sub_button"]?.arrayValue, !children.isEmpty else { continue }
            guard children.count <= 5 else { return State.error(40023, "invalid sub button size") }
            for child in children {
                if let error = checkButton(child, sub: true) { return error }
            }
        }
        return nil
    }

    private static func checkButton(_ button: JSONValue, sub: Bool) -> JSONValue? {
        let (typeCode, nameCode, keyCode, urlCode): (Int64, Int64, Int64, Int64) =
            sub ? (40024, 40025, 40026, 40027) : (40017, 40018, 40019, 40020)
        let name = button["name"]?.stringValue ?? ""
        guard !name.isEmpty, name.utf8.count <= (sub ? 60 : 16) else {
            return State.error(nameCode, "invalid \(sub ? "sub " : "")button name size")
        }
        if !sub, let children = button["sub_button"]?.arrayValue, !children.isEmpty { return nil }
        let type = button["type"]?.stringValue ?? ""
        if keyedButtonTypes.contains(type) {
            let key = button["key"]?.stringValue ?? ""
            guard !key.isEmpty, key.utf8.count <= 128 else {
                return State.error(keyCode, "invalid \(sub ? "sub " : "")button key size")
            }
            return nil
        }
        switch type {
        case "view", "miniprogram":
            let url = button["url"]?.stringValue ?? ""
            guard !url.isEmpty, url.utf8.count <= 1024 else {
                return State.error(urlCode, "invalid \(sub ? "sub " : "")button url size")
            }
            if type == "miniprogram", button["appid"]?.stringValue == nil || button["pagepath"]?.stringValue == nil {
                return State.error(40097, "invalid args")
            }
            return nil
        case "media_id", "view_limited":
            return button["media_id"]?.stringValue == nil ? State.error(40007, "invalid media_id") : nil
        case "article_id", "article_view_limited":
            return button["article_id"]?.stringValue == nil ? State.error(40097, "invalid args") : nil
        default:
            return State.error(typeCode, "invalid \(sub ? "sub " : "")button type")
        }
    }

    private static func createMenu(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) ?? checkButtons(incoming.body) { return error }
        state.defaultMenu = ["button": incoming.body["button"] ?? []]
        return State.ok
    }

    private static func getMenu(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let menu = state.defaultMenu else { return State.error(46003, "menu no exist") }
        var answer: [String: JSONValue] = ["menu": menu]
        if !state.conditionalMenus.isEmpty {
            answer["conditionalmenu"] = .array(
                state.conditionalMenus.map { entry in
                    var members = entry.menu.objectValue ?? [:]
                    members["menuid"] = .int(entry.id)
                    return .object(members)
                })
        }
        return .object(answer)
    }

    private static func deleteMenu(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        state.defaultMenu = nil
        state.conditionalMenus = []
        return State.ok
    }

    private static func addConditionalMenu(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) ?? checkButtons(incoming.body) { return error }
        guard let rule = incoming.body["matchrule"]?.objectValue, !rule.isEmpty else {
            return State.error(65304, "match rule empty")
        }
        guard state.defaultMenu != nil else { return State.error(65303, "there is no selfmenu, please create selfmenu first") }
        let id = state.nextMenuID
        state.nextMenuID += 1
        state.conditionalMenus.append((id, ["button": incoming.body["button"] ?? [], "matchrule": .object(rule)]))
        return ["menuid": .string(String(id))]
    }

    private static func deleteConditionalMenu(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let id = incoming.string("menuid").flatMap(Int64.init),
            let index = state.conditionalMenus.firstIndex(where: { $0.id == id })
        else { return State.error(65301, "menuid not exist") }
        state.conditionalMenus.remove(at: index)
        return State.ok
    }

    private static func tryMatchMenu(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let user = incoming.string("user_id"), !user.isEmpty else { return State.error(40003, "invalid openid") }
        guard let menu = state.defaultMenu else { return State.error(46003, "menu no exist") }
        return ["button": menu["button"] ?? []]
    }
}
