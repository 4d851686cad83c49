extension Menu {
    /// WeChat's documented limits for custom menus.
    public enum Limits {
        /// Buttons on the bar.
        public static let topLevelButtons = 1...3
        /// Buttons in one sub-menu.
        public static let subButtons = 1...5
        /// Bytes (UTF-8) of a top-level button's name.
        public static let topLevelNameBytes = 16
        /// Bytes of a sub-menu button's name.
        public static let subButtonNameBytes = 60
        /// Bytes of an event key.
        public static let keyBytes = 128
        /// Bytes of a URL.
        public static let urlBytes = 1024
    }

    /// Checks the menu against WeChat's limits; throws ``WeChatAPIError/invalidRequest(_:)`` naming the
    /// first button that breaks one and the limit.
    public func validate() throws {
        guard Limits.topLevelButtons.contains(buttons.count) else {
            throw WeChatAPIError.invalidRequest(
                "menu has \(buttons.count) top-level buttons; WeChat allows 1 to \(Limits.topLevelButtons.upperBound)")
        }
        for (index, button) in buttons.enumerated() {
            let place = "top-level button \(index + 1) \"\(button.name)\""
            try Self.check(button, at: place, nameLimit: Limits.topLevelNameBytes)
            guard case .subMenu(let children) = button.action else { continue }
            guard Limits.subButtons.contains(children.count) else {
                throw WeChatAPIError.invalidRequest(
                    "\(place) has \(children.count) sub-buttons; WeChat allows 1 to \(Limits.subButtons.upperBound)")
            }
            for (childIndex, child) in children.enumerated() {
                let childPlace = "sub-button \(index + 1).\(childIndex + 1) \"\(child.name)\""
                if case .subMenu = child.action {
                    throw WeChatAPIError.invalidRequest("\(childPlace): sub-menus cannot nest")
                }
                try Self.check(child, at: childPlace, nameLimit: Limits.subButtonNameBytes)
            }
        }
        try matchRule?.validate()
    }

    private static func check(_ button: MenuButton, at place: String, nameLimit: Int) throws {
        func refuse(_ reason: String) -> WeChatAPIError { .invalidRequest("\(place): \(reason)") }
        func require(_ value: String, _ field: String, limit: Int? = nil) throws {
            guard !value.isEmpty else { throw refuse("\(field) is required for a \(button.type ?? "") button") }
            if let limit, value.utf8.count > limit {
                throw refuse("\(field) is \(value.utf8.count) bytes; WeChat allows at most \(limit)")
            }
        }
        guard !button.name.isEmpty else { throw refuse("name is empty") }
        guard button.name.utf8.count <= nameLimit else {
            throw refuse("name is \(button.name.utf8.count) bytes; WeChat allows at most \(nameLimit)")
        }
        switch button.action {
        case .click(let key), .scanCodePush(let key), .scanCodeWaitMessage(let key), .systemPhoto(let key),
            .photoOrAlbum(let key), .weChatAlbum(let key), .locationSelect(let key):
            try require(key, "key", limit: Limits.keyBytes)
        case .view(let url): try require(url, "url", limit: Limits.urlBytes)
        case .miniProgram(let appID, let pagePath, let url):
            try require(appID, "appid")
            try require(pagePath, "pagepath")
            try require(url, "url", limit: Limits.urlBytes)
        case .media(let mediaID): try require(mediaID, "media_id")
        case .article(let articleID), .articleViewLimited(let articleID): try require(articleID, "article_id")
        case .subMenu: break
        }
    }
}

extension MenuMatchRule {
    /// Checks that at least one field is set and regions narrow from country to city.
    public func validate() throws {
        let fields = [tagID, sex, country, province, city, clientPlatformType, language]
        guard fields.contains(where: { !($0 ?? "").isEmpty }) else {
            throw WeChatAPIError.invalidRequest("matchrule: at least one field must be set")
        }
        if province != nil, country == nil {
            throw WeChatAPIError.invalidRequest("matchrule: a province needs its country")
        }
        if city != nil, province == nil {
            throw WeChatAPIError.invalidRequest("matchrule: a city needs its province")
        }
        if let sex, !["1", "2"].contains(sex) {
            throw WeChatAPIError.invalidRequest("matchrule: sex is 1 (male) or 2 (female), not \(sex)")
        }
        if let clientPlatformType, !["1", "2", "3"].contains(clientPlatformType) {
            throw WeChatAPIError.invalidRequest(
                "matchrule: client_platform_type is 1 (iOS), 2 (Android) or 3 (others), not \(clientPlatformType)")
        }
    }
}
