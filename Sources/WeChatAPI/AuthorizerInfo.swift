/// An authorized account's profile (`authorizer_info` of `api_get_authorizer_info`, <doc:PlatformLifecycle>).
public struct AuthorizerInfo: Sendable, Hashable, Decodable {
    /// An `{"id": n}` object (`service_type_info`, `verify_type_info`).
    public struct TypeID: Sendable, Hashable, Decodable {
        /// The number.
        public var id: Int
    }

    /// Which features the account has opened (`business_info`, each 0 or 1).
    public struct BusinessInfo: Sendable, Hashable, Decodable {
        /// Stores.
        public var openStore: Int
        /// Scanning.
        public var openScan: Int
        /// Payment.
        public var openPay: Int
        /// Cards and coupons.
        public var openCard: Int
        /// Shake.
        public var openShake: Int

        enum CodingKeys: String, CodingKey {
            case openStore = "open_store"
            case openScan = "open_scan"
            case openPay = "open_pay"
            case openCard = "open_card"
            case openShake = "open_shake"
        }
    }

    /// Mini-program facts (`MiniProgramInfo`; present only for mini programs).
    public struct MiniProgramInfo: Sendable, Hashable, Decodable {
        /// The configured server domains (`network`).
        public struct Network: Sendable, Hashable, Decodable {
            /// `RequestDomain`.
            public var requestDomain: [String]?
            /// `WsRequestDomain`.
            public var webSocketRequestDomain: [String]?
            /// `UploadDomain`.
            public var uploadDomain: [String]?
            /// `DownloadDomain`.
            public var downloadDomain: [String]?
            /// `BizDomain`.
            public var businessDomain: [String]?
            /// `UDPDomain`.
            public var udpDomain: [String]?

            enum CodingKeys: String, CodingKey {
                case requestDomain = "RequestDomain"
                case webSocketRequestDomain = "WsRequestDomain"
                case uploadDomain = "UploadDomain"
                case downloadDomain = "DownloadDomain"
                case businessDomain = "BizDomain"
                case udpDomain = "UDPDomain"
            }
        }

        /// A service category (`categories` item).
        public struct Category: Sendable, Hashable, Decodable {
            /// First-level category.
            public var first: String
            /// Second-level category.
            public var second: String
        }

        /// `network`.
        public var network: Network?
        /// `categories`.
        public var categories: [Category]?
        /// `visit_status`.
        public var visitStatus: Int?

        enum CodingKeys: String, CodingKey {
            case network
            case categories
            case visitStatus = "visit_status"
        }
    }

    /// Whether phone and e-mail are configured (`basic_config`).
    public struct BasicConfig: Sendable, Hashable, Decodable {
        /// `is_phone_configured`.
        public var isPhoneConfigured: Bool
        /// `is_email_configured`.
        public var isEmailConfigured: Bool

        enum CodingKeys: String, CodingKey {
            case isPhoneConfigured = "is_phone_configured"
            case isEmailConfigured = "is_email_configured"
        }
    }

    /// `nick_name`.
    public var nickName: String
    /// `head_img`: avatar URL.
    public var headImage: String?
    /// `service_type_info`: 0 subscription, 1 upgraded old subscription, 2 service account.
    public var serviceType: TypeID
    /// `verify_type_info`: -1 unverified, 0 WeChat-verified, 1 Weibo, 3/4 qualification.
    public var verifyType: TypeID
    /// `user_name`: the original id (`gh_…`), the `ToUserName` of its messages.
    public var userName: String
    /// `principal_name`: the owning entity.
    public var principalName: String?
    /// `alias`: the WeChat id.
    public var alias: String?
    /// `business_info`.
    public var businessInfo: BusinessInfo?
    /// `qrcode_url`.
    public var qrcodeURL: String?
    /// `account_status`: 1 normal, 14 deregistered, 16 banned, 18 warned, 19 frozen.
    public var accountStatus: Int?
    /// `signature`: the account's description.
    public var signature: String?
    /// `MiniProgramInfo`, present only for mini programs.
    public var miniProgramInfo: MiniProgramInfo?
    /// `register_type`.
    public var registerType: Int?
    /// `basic_config`.
    public var basicConfig: BasicConfig?

    /// `true` for a mini program, `false` for an Official Account.
    public var isMiniProgram: Bool { miniProgramInfo != nil }

    enum CodingKeys: String, CodingKey {
        case nickName = "nick_name"
        case headImage = "head_img"
        case serviceType = "service_type_info"
        case verifyType = "verify_type_info"
        case userName = "user_name"
        case principalName = "principal_name"
        case alias
        case businessInfo = "business_info"
        case qrcodeURL = "qrcode_url"
        case accountStatus = "account_status"
        case signature
        case miniProgramInfo = "MiniProgramInfo"
        case registerType = "register_type"
        case basicConfig = "basic_config"
    }
}
