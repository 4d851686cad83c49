/// A template message: a template filled with values, sent to one follower, optionally opening a URL or a
/// mini program page (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html).
public struct TemplateMessage: Sendable, Hashable, Encodable {
    /// A value for one of the template's keywords, with an optional `#RRGGBB` colour.
    public struct Field: Sendable, Hashable, Encodable {
        /// The value shown.
        public var value: String
        /// Its colour, `#RRGGBB`.
        public var color: String?

        /// A value, optionally coloured.
        public init(_ value: String, color: String? = nil) {
            self.value = value
            self.color = color
        }
    }

    /// A mini program page to open.
    public struct MiniProgramPage: Sendable, Hashable, Encodable {
        /// The mini program's appid (linked to the account).
        public var appID: String
        /// The page path, with its query.
        public var pagePath: String

        /// A page of a mini program.
        public init(appID: String, pagePath: String) {
            self.appID = appID
            self.pagePath = pagePath
        }

        enum CodingKeys: String, CodingKey {
            case appID = "appid", pagePath = "pagepath"
        }
    }

    /// The follower's openid.
    public var recipient: String
    /// The template's id.
    public var templateID: String
    /// The keyword values (`first`, `keyword1`, …, `remark` or the template's own names).
    public var data: [String: Field]
    /// A page opened on tap.
    public var url: String?
    /// A mini program page opened on tap (preferred over `url` where supported).
    public var miniProgram: MiniProgramPage?
    /// An id that makes a retried send not deliver twice.
    public var clientMessageID: String?

    /// A message for `recipient` from `templateID` with `data`.
    public init(
        to recipient: String, templateID: String, data: [String: Field], url: String? = nil,
        miniProgram: MiniProgramPage? = nil, clientMessageID: String? = nil
    ) {
        self.recipient = recipient
        self.templateID = templateID
        self.data = data
        self.url = url
        self.miniProgram = miniProgram
        self.clientMessageID = clientMessageID
    }

    enum CodingKeys: String, CodingKey {
        case recipient = "touser", templateID = "template_id", data, url, miniProgram = "miniprogram"
        case clientMessageID = "client_msg_id"
    }

    /// Checks the required fields and colours before sending.
    public func validate() throws {
        guard !recipient.isEmpty else { throw WeChatAPIError.invalidRequest("template message: touser is empty") }
        guard !templateID.isEmpty else { throw WeChatAPIError.invalidRequest("template message: template_id is empty") }
        guard !data.isEmpty else { throw WeChatAPIError.invalidRequest("template message: data is empty") }
        for (name, field) in data.sorted(by: { $0.key < $1.key }) {
            if let color = field.color, !Self.isHexColor(color) {
                throw WeChatAPIError.invalidRequest("template message: \(name).color \"\(color)\" is not #RRGGBB")
            }
        }
        if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw WeChatAPIError.invalidRequest("template message: url must be http(s)")
        }
    }

    /// Whether `color` is `#RRGGBB` (hex digits, either case).
    public static func isHexColor(_ color: String) -> Bool {
        let bytes = Array(color.utf8)
        return bytes.count == 7 && bytes[0] == UInt8(ascii: "#")
            && bytes.dropFirst().allSatisfy { (48...57).contains($0) || (65...70).contains($0) || (97...102).contains($0) }
    }
}
