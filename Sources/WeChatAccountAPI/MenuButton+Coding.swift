extension MenuButton: Codable {
    enum CodingKeys: String, CodingKey {
        case type, name, key, url, appID = "appid", pagePath = "pagepath", mediaID = "media_id"
        case articleID = "article_id", subButtons = "sub_button"
    }

    /// `menu/get_current_selfmenu_info` nests sub-buttons as `{"list": [...]}`.
    private struct SubButtonList: Decodable {
        var list: [MenuButton]
    }

    /// Reads WeChat's button JSON (`{"type": "click", "name": …, "key": …}` or `{"name": …, "sub_button": […]}`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        if container.contains(.subButtons), try !container.decodeNil(forKey: .subButtons) {
            let buttons: [MenuButton]
            if let list = try? container.decode([MenuButton].self, forKey: .subButtons) {
                buttons = list
            } else {
                buttons = try container.decode(SubButtonList.self, forKey: .subButtons).list
            }
            if !buttons.isEmpty || !container.contains(.type) {
                action = .subMenu(buttons)
                return
            }
        }
        func string(_ key: CodingKeys) throws -> String { try container.decode(String.self, forKey: key) }
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "click": action = .click(key: try string(.key))
        case "view": action = .view(url: try string(.url))
        case "miniprogram":
            action = .miniProgram(appID: try string(.appID), pagePath: try string(.pagePath), url: try string(.url))
        case "scancode_push": action = .scanCodePush(key: try string(.key))
        case "scancode_waitmsg": action = .scanCodeWaitMessage(key: try string(.key))
        case "pic_sysphoto": action = .systemPhoto(key: try string(.key))
        case "pic_photo_or_album": action = .photoOrAlbum(key: try string(.key))
        case "pic_weixin": action = .weChatAlbum(key: try string(.key))
        case "location_select": action = .locationSelect(key: try string(.key))
        case "media_id", "view_limited": action = .media(mediaID: try string(.mediaID))
        case "article_id": action = .article(articleID: try string(.articleID))
        case "article_view_limited": action = .articleViewLimited(articleID: try string(.articleID))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown menu button type \(type)")
        }
    }

    /// Writes WeChat's button JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encodeIfPresent(key, forKey: .key)
        switch action {
        case .view(let url): try container.encode(url, forKey: .url)
        case .miniProgram(let appID, let pagePath, let url):
            try container.encode(url, forKey: .url)
            try container.encode(appID, forKey: .appID)
            try container.encode(pagePath, forKey: .pagePath)
        case .media(let mediaID): try container.encode(mediaID, forKey: .mediaID)
        case .article(let articleID), .articleViewLimited(let articleID):
            try container.encode(articleID, forKey: .articleID)
        case .subMenu(let buttons): try container.encode(buttons, forKey: .subButtons)
        case .click, .scanCodePush, .scanCodeWaitMessage, .systemPhoto, .photoOrAlbum, .weChatAlbum,
            .locationSelect:
            break
        }
    }
}
