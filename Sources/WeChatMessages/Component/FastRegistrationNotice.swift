/// The result of registering a mini program quickly, for a company or a person (`notify_third_fasteregister`),
/// of creating a trial mini program (`notify_third_fastregisterbetaapp`) or of verifying one
/// (`notify_third_fastverifybetaapp`).
///
/// https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Register_Mini_Programs/Fast_Registration_Interface_document.html
public struct FastRegistrationNotice: Sendable, Hashable {
    /// The registration request WeChat echoes back (`info`).
    public struct Info: Sendable, Hashable {
        /// The company name (`name`).
        public var name: String
        /// The company code (`code`).
        public var code: String
        /// The kind of code (`code_type`).
        public var codeType: Int
        /// The legal representative's WeChat id (`legal_persona_wechat`).
        public var legalPersonaWechat: String
        /// The legal representative's name (`legal_persona_name`).
        public var legalPersonaName: String
        /// The platform's contact phone (`component_phone`).
        public var componentPhone: String?
        /// The person's WeChat id (`wxuser`), when a personal mini program was registered.
        public var wechatUser: String?
        /// The person's name (`idname`), when a personal mini program was registered.
        public var idName: String?
        /// The creation request (`unique_id`), when a trial mini program was created.
        public var uniqueID: String?

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(
            name: String,
            code: String,
            codeType: Int,
            legalPersonaWechat: String,
            legalPersonaName: String,
            componentPhone: String? = nil,
            wechatUser: String? = nil,
            idName: String? = nil,
            uniqueID: String? = nil
        ) {
            self.name = name
            self.code = code
            self.codeType = codeType
            self.legalPersonaWechat = legalPersonaWechat
            self.legalPersonaName = legalPersonaName
            self.componentPhone = componentPhone
            self.wechatUser = wechatUser
            self.idName = idName
            self.uniqueID = uniqueID
        }

        /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
        init(decoding tree: XMLTree) {
            self.name = tree["name"] ?? ""
            self.code = tree["code"] ?? ""
            self.codeType = tree.int("code_type") ?? 0
            self.legalPersonaWechat = tree["legal_persona_wechat"] ?? ""
            self.legalPersonaName = tree["legal_persona_name"] ?? ""
            self.componentPhone = tree["component_phone"]
            self.wechatUser = tree["wxuser"]
            self.idName = tree["idname"]
            self.uniqueID = tree["unique_id"]
        }
    }

    /// The third-party platform's appid (`AppId`).
    public var componentAppID: String
    /// When WeChat sent the notice (`CreateTime`, Unix seconds); `nil` when it was left out.
    public var createTime: Int64?
    /// The created mini program (`appid`), on success.
    public var appID: String?
    /// The result (`status`); 0 means success.
    public var status: Int
    /// The code to exchange via `api_query_auth` (`auth_code`); a secret.
    public var authCode: String?
    /// WeChat's result text (`msg`).
    public var message: String?
    /// The registration request echoed back (`info`).
    public var info: Info?
    /// The raw `InfoType` value exactly as sent.
    public var infoType: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        componentAppID: String,
        createTime: Int64?,
        appID: String? = nil,
        status: Int,
        authCode: String? = nil,
        message: String? = nil,
        info: Info? = nil,
        infoType: String = "notify_third_fasteregister"
    ) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.appID = appID
        self.status = status
        self.authCode = authCode
        self.message = message
        self.info = info
        self.infoType = infoType
    }

    /// Reads the notice's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, componentAppID: String, createTime: Int64?, infoType: String) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.infoType = infoType
        self.appID = tree["appid"]
        self.status = tree.int("status") ?? 0
        self.authCode = tree["auth_code"]
        self.message = tree["msg"]
        self.info = tree.child("info").map(Info.init(decoding:))
    }
}
