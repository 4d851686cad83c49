/// The result of registering a mini program quickly (`notify_third_fasteregister`).
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

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(
            name: String,
            code: String,
            codeType: Int,
            legalPersonaWechat: String,
            legalPersonaName: String,
            componentPhone: String? = nil
        ) {
            self.name = name
            self.code = code
            self.codeType = codeType
            self.legalPersonaWechat = legalPersonaWechat
            self.legalPersonaName = legalPersonaName
            self.componentPhone = componentPhone
        }

        /// Reads the fields from one decoded element; absent fields stay empty or `nil`.
        init(decoding tree: XMLTree) {
            self.name = tree["name"] ?? ""
            self.code = tree["code"] ?? ""
            self.codeType = tree.int("code_type") ?? 0
            self.legalPersonaWechat = tree["legal_persona_wechat"] ?? ""
            self.legalPersonaName = tree["legal_persona_name"] ?? ""
            self.componentPhone = tree["component_phone"]
        }
    }

    /// The third-party platform's appid (`AppId`).
    public var componentAppID: String
    /// When WeChat sent the notice (`CreateTime`, Unix seconds).
    public var createTime: Int64
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
        createTime: Int64,
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
    init(decoding tree: XMLTree, componentAppID: String, createTime: Int64, infoType: String) {
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
