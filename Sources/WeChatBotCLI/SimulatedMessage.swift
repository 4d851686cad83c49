/// A message or event as WeChat would push it, for `simulate`: every user message kind and the common
/// events (see the WeChatMessages article “Message catalogue”).
public struct SimulatedMessage: Sendable, Hashable {
    /// What the user did.
    public enum Kind: Sendable, Hashable {
        /// Sent a text.
        case text(String)
        /// Sent a picture.
        case image(mediaID: String)
        /// Sent a voice clip.
        case voice(mediaID: String)
        /// Sent a video.
        case video(mediaID: String)
        /// Sent a short video.
        case shortVideo(mediaID: String)
        /// Shared a location.
        case location(latitude: Double, longitude: Double, label: String)
        /// Shared a link.
        case link(title: String, url: String)
        /// Followed the account, from a parametric QR code when `scene` is set.
        case subscribe(scene: String?)
        /// Unfollowed the account.
        case unsubscribe
        /// Scanned a parametric QR code while following.
        case scan(scene: String)
        /// Clicked a click-menu button.
        case click(key: String)
        /// Clicked a link-menu button.
        case view(url: String)
        /// Reported a location (the `LOCATION` event).
        case locationEvent(latitude: Double, longitude: Double)
    }

    /// What the user did.
    public var kind: Kind
    /// The account's original id (`ToUserName`).
    public var toUserName: String
    /// The user's openid (`FromUserName`).
    public var fromUserName: String
    /// `CreateTime`, Unix seconds.
    public var createTime: Int64
    /// `MsgId` of a user message.
    public var msgID: Int64

    /// Creates a message; the time and id default to fixed values a test can predict.
    public init(
        _ kind: Kind,
        toUserName: String = "gh_simulated",
        fromUserName: String = "o_simulated_user",
        createTime: Int64 = 1_700_000_000,
        msgID: Int64 = 1_000_000_001
    ) {
        self.kind = kind
        self.toUserName = toUserName
        self.fromUserName = fromUserName
        self.createTime = createTime
        self.msgID = msgID
    }

    /// The clear XML body WeChat would send.
    public var xml: String {
        var fields: [(String, String, isNumber: Bool)] = []
        func text(_ name: String, _ value: String) { fields.append((name, value, false)) }
        func number(_ name: String, _ value: String) { fields.append((name, value, true)) }
        func message(_ type: String) { text("MsgType", type) }
        func event(_ name: String) {
            text("MsgType", "event")
            text("Event", name)
        }
        switch kind {
        case .text(let content):
            message("text")
            text("Content", content)
        case .image(let mediaID):
            message("image")
            text("PicUrl", "http://mmbiz.qpic.cn/simulated.jpg")
            text("MediaId", mediaID)
        case .voice(let mediaID):
            message("voice")
            text("MediaId", mediaID)
            text("Format", "amr")
        case .video(let mediaID), .shortVideo(let mediaID):
            message(kind == .video(mediaID: mediaID) ? "video" : "shortvideo")
            text("MediaId", mediaID)
            text("ThumbMediaId", mediaID + "_thumb")
        case .location(let latitude, let longitude, let label):
            message("location")
            number("Location_X", "\(latitude)")
            number("Location_Y", "\(longitude)")
            number("Scale", "15")
            text("Label", label)
        case .link(let title, let url):
            message("link")
            text("Title", title)
            text("Description", title)
            text("Url", url)
        case .subscribe(let scene):
            event("subscribe")
            if let scene {
                text("EventKey", "qrscene_" + scene)
                text("Ticket", "simulated_ticket")
            }
        case .unsubscribe:
            event("unsubscribe")
        case .scan(let scene):
            event("SCAN")
            text("EventKey", scene)
            text("Ticket", "simulated_ticket")
        case .click(let key):
            event("CLICK")
            text("EventKey", key)
        case .view(let url):
            event("VIEW")
            text("EventKey", url)
        case .locationEvent(let latitude, let longitude):
            event("LOCATION")
            number("Latitude", "\(latitude)")
            number("Longitude", "\(longitude)")
            number("Precision", "65.0")
        }
        if fields.first?.1 != "event" { number("MsgId", "\(msgID)") }
        var xml = "<xml><ToUserName>\(Self.cdata(toUserName))</ToUserName>"
        xml += "<FromUserName>\(Self.cdata(fromUserName))</FromUserName><CreateTime>\(createTime)</CreateTime>"
        for (name, value, isNumber) in fields {
            xml += "<\(name)>\(isNumber ? value : Self.cdata(value))</\(name)>"
        }
        return xml + "</xml>"
    }

    /// `value` as CDATA, with `]]>` split across two sections, as `Reply` renders it.
    private static func cdata(_ value: String) -> String {
        "<![CDATA[" + value.replacing("]]>", with: "]]]]><![CDATA[>") + "]]>"
    }
}
