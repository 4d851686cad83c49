/// The progress of an authorizer mini program's WeChat verification (`notify_3rd_wxa_auth`), or a reminder
/// that its annual verification is due or has lapsed (`notify_3rd_wxa_wxverify`).
///
/// https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/weapp-wxverify/secwxaapi_wxaauth.html
public struct MiniProgramVerificationNotice: Sendable, Hashable {
    /// The verification body WeChat assigned to review the application (`dispatch_info`).
    public struct Dispatch: Sendable, Hashable {
        /// The reviewing organisation (`provider`).
        public var provider: String?
        /// How to reach it (`contact`).
        public var contact: String?
        /// When it was assigned (`dispatch_time`, Unix seconds).
        public var dispatchTime: Int64?

        /// Creates the value from its parts (for tests, builders and simulators).
        public init(provider: String? = nil, contact: String? = nil, dispatchTime: Int64? = nil) {
            self.provider = provider
            self.contact = contact
            self.dispatchTime = dispatchTime
        }
    }

    /// The third-party platform's appid (`AppId`).
    public var componentAppID: String
    /// When WeChat sent the notice (`CreateTime`, Unix seconds); `nil` when it was left out.
    public var createTime: Int64?
    /// The mini program (`appid`).
    public var appID: String
    /// The verification task (`taskid`).
    public var taskID: String?
    /// The task's state (`task_status`), e.g. 12 once the application was filed.
    public var taskStatus: Int?
    /// The application's state (`apply_status`): 2 in review, 3 returned, 4 passed, 5 failed.
    public var applyStatus: Int?
    /// WeChat's message or reason (`message`).
    public var message: String?
    /// The reviewing organisation, once assigned (`dispatch_info`).
    public var dispatch: Dispatch?
    /// When the verification expires or expired (`expired`, Unix seconds), on `notify_3rd_wxa_wxverify`.
    public var expired: Int64?
    /// The raw `InfoType` value exactly as sent.
    public var infoType: String

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        componentAppID: String,
        createTime: Int64?,
        appID: String,
        taskID: String? = nil,
        taskStatus: Int? = nil,
        applyStatus: Int? = nil,
        message: String? = nil,
        dispatch: Dispatch? = nil,
        expired: Int64? = nil,
        infoType: String
    ) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.appID = appID
        self.taskID = taskID
        self.taskStatus = taskStatus
        self.applyStatus = applyStatus
        self.message = message
        self.dispatch = dispatch
        self.expired = expired
        self.infoType = infoType
    }

    /// Reads the notice's fields from a decoded document; absent fields stay empty or `nil`.
    init(decoding tree: XMLTree, componentAppID: String, createTime: Int64?, infoType: String) {
        self.init(
            componentAppID: componentAppID,
            createTime: createTime,
            appID: tree["appid"] ?? "",
            taskID: tree["taskid"],
            taskStatus: tree.int("task_status"),
            applyStatus: tree.int("apply_status"),
            message: tree["message"],
            dispatch: tree.child("dispatch_info").map {
                Dispatch(provider: $0["provider"], contact: $0["contact"], dispatchTime: $0.int64("dispatch_time"))
            },
            expired: tree.int64("expired"),
            infoType: infoType
        )
    }
}
