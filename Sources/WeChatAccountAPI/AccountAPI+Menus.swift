extension AccountAPI {
    /// The custom menu: default and conditional (`cgi-bin/menu/*`).
    public var menus: Menus { Menus(api: self) }

    /// The custom menu (https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Creating_Custom-Defined_Menu.html).
    /// Every menu is validated against WeChat's limits before it is sent.
    public struct Menus: Sendable {
        let api: AccountAPI

        /// `cgi-bin/menu/create`: replaces the default menu (its match rule, if any, is not sent).
        public func create(_ menu: Menu) async throws {
            var menu = menu
            menu.matchRule = nil
            menu.menuID = nil
            try menu.validate()
            try await api.acknowledge("cgi-bin/menu/create", body: menu)
        }

        /// `cgi-bin/menu/addconditional`: adds a conditional menu; returns its `menuid`.
        public func addConditional(_ menu: Menu) async throws -> String {
            guard menu.matchRule != nil else {
                throw WeChatAPIError.invalidRequest("a conditional menu needs a matchrule")
            }
            var menu = menu
            menu.menuID = nil
            try menu.validate()
            let answer: ConditionalMenuID = try await api.call(.post, "cgi-bin/menu/addconditional", body: menu)
            return answer.menuID
        }

        /// `cgi-bin/menu/get`: the default menu and the conditional ones.
        public func current() async throws -> MenuSet {
            try await api.call(.get, "cgi-bin/menu/get")
        }

        /// `cgi-bin/menu/delete`: deletes the default menu and every conditional one.
        public func delete() async throws {
            _ = try await api.call(.get, "cgi-bin/menu/delete", as: WeChatAPIStatus.self)
        }

        /// `cgi-bin/menu/delconditional`: deletes one conditional menu.
        public func deleteConditional(menuID: String) async throws {
            try await api.acknowledge("cgi-bin/menu/delconditional", body: ["menuid": menuID])
        }

        /// `cgi-bin/menu/trymatch`: the buttons `user` (an openid or WeChat id) would see.
        public func tryMatch(user: String) async throws -> [MenuButton] {
            let answer: Menu = try await api.call(.post, "cgi-bin/menu/trymatch", body: ["user_id": user])
            return answer.buttons
        }
    }
}

/// The menus of an account as `cgi-bin/menu/get` answers them.
public struct MenuSet: Sendable, Hashable, Codable {
    /// The default menu; `nil` when none is set.
    public var menu: Menu?
    /// The conditional menus, each with its match rule and id.
    public var conditionalMenus: [Menu]

    /// A set of menus.
    public init(menu: Menu?, conditionalMenus: [Menu] = []) {
        self.menu = menu
        self.conditionalMenus = conditionalMenus
    }

    enum CodingKeys: String, CodingKey {
        case menu
        case conditionalMenus = "conditionalmenu"
    }

    /// Reads the answer; `conditionalmenu` is absent when there are none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        menu = try container.decodeIfPresent(Menu.self, forKey: .menu)
        conditionalMenus = try container.decodeIfPresent([Menu].self, forKey: .conditionalMenus) ?? []
    }
}

/// The answer of `menu/addconditional`.
private struct ConditionalMenuID: Decodable {
    var menuID: String

    enum CodingKeys: String, CodingKey {
        case menuID = "menuid"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try? container.decode(String.self, forKey: .menuID) {
            menuID = text
        } else {
            menuID = String(try container.decode(Int64.self, forKey: .menuID))
        }
    }
}
