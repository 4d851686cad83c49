/// One button of a custom menu: a name and what tapping it does, or a sub-menu of up to five buttons
/// (https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Creating_Custom-Defined_Menu.html).
public struct MenuButton: Sendable, Hashable {
    /// The label users see (at most 16 bytes on the bar, 60 in a sub-menu).
    public var name: String
    /// What the button does.
    public var action: Action

    /// What a tap does; each case is one of WeChat's button `type`s.
    public enum Action: Sendable, Hashable {
        /// `click`: pushes a `CLICK` event with `key`.
        case click(key: String)
        /// `view`: opens `url`.
        case view(url: String)
        /// `miniprogram`: opens a mini program page; `url` is for clients without mini programs.
        case miniProgram(appID: String, pagePath: String, url: String)
        /// `scancode_push`: scans a code and shows the result; pushes `scancode_push`.
        case scanCodePush(key: String)
        /// `scancode_waitmsg`: scans a code and waits for the bot's reply.
        case scanCodeWaitMessage(key: String)
        /// `pic_sysphoto`: takes a photo with the camera.
        case systemPhoto(key: String)
        /// `pic_photo_or_album`: takes a photo or picks one from the album.
        case photoOrAlbum(key: String)
        /// `pic_weixin`: picks a photo from the WeChat album.
        case weChatAlbum(key: String)
        /// `location_select`: sends a location picked on a map.
        case locationSelect(key: String)
        /// `media_id`: sends a permanent material.
        case media(mediaID: String)
        /// `article_id`: opens a published article.
        case article(articleID: String)
        /// `article_view_limited`: opens a published article as a limited view.
        case articleViewLimited(articleID: String)
        /// A sub-menu of one to five buttons.
        case subMenu([MenuButton])
    }

    /// A button called `name` doing `action`.
    public init(name: String, action: Action) {
        self.name = name
        self.action = action
    }

    /// A `click` button pushing `key`.
    public static func click(_ name: String, key: String) -> MenuButton { .init(name: name, action: .click(key: key)) }
    /// A `view` button opening `url`.
    public static func view(_ name: String, url: String) -> MenuButton { .init(name: name, action: .view(url: url)) }
    /// A sub-menu.
    public static func subMenu(_ name: String, _ buttons: [MenuButton]) -> MenuButton {
        .init(name: name, action: .subMenu(buttons))
    }

    /// The event key the button pushes (click, scan, photo and location buttons), else `nil`.
    public var key: String? {
        switch action {
        case .click(let key), .scanCodePush(let key), .scanCodeWaitMessage(let key), .systemPhoto(let key),
            .photoOrAlbum(let key), .weChatAlbum(let key), .locationSelect(let key):
            key
        case .view, .miniProgram, .media, .article, .articleViewLimited, .subMenu: nil
        }
    }

    /// WeChat's `type` string of the action (`nil` for a sub-menu).
    public var type: String? {
        switch action {
        case .click: "click"
        case .view: "view"
        case .miniProgram: "miniprogram"
        case .scanCodePush: "scancode_push"
        case .scanCodeWaitMessage: "scancode_waitmsg"
        case .systemPhoto: "pic_sysphoto"
        case .photoOrAlbum: "pic_photo_or_album"
        case .weChatAlbum: "pic_weixin"
        case .locationSelect: "location_select"
        case .media: "media_id"
        case .article: "article_id"
        case .articleViewLimited: "article_view_limited"
        case .subMenu: nil
        }
    }
}
