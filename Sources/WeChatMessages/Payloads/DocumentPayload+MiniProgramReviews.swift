// Reviews a third-party platform receives for its authorizers' mini programs:
// https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/message_push.html

extension DocumentPayload where Schema == PayloadSchemas.NicknameAudit {
    /// The outcome (`ret`): 2 rejected, 3 passed.
    public var result: Int? { raw.int("ret") }
    /// The name reviewed (`nickname`).
    public var nickname: String? { raw["nickname"] }
    /// The reviewer's reason (`reason`).
    public var reason: String? { raw["reason"] }
}

extension DocumentPayload where Schema == PayloadSchemas.CategoryAudit {
    /// The outcome (`ret`): 2 rejected, 3 passed.
    public var result: Int? { raw.int("ret") }
    /// The first-level category (`first`).
    public var firstCategory: Int? { raw.int("first") }
    /// The second-level category (`second`).
    public var secondCategory: Int? { raw.int("second") }
    /// The reviewer's reason (`reason`).
    public var reason: String? { raw["reason"] }
}

extension DocumentPayload where Schema == PayloadSchemas.PrivacyApply {
    private var info: XMLTree? { raw.child("result_info") }
    /// The API applied for (`result_info/api_name`), e.g. `wx.choosePoi`.
    public var apiName: String? { info?["api_name"] }
    /// When it was applied for (`result_info/apply_time`, Unix seconds).
    public var applyTime: Int64? { info?.int64("apply_time") }
    /// The review (`result_info/audit_id`).
    public var auditID: String? { info?["audit_id"] }
    /// When it was reviewed (`result_info/audit_time`, Unix seconds).
    public var auditTime: Int64? { info?.int64("audit_time") }
    /// The reviewer's reason (`result_info/reason`).
    public var reason: String? { info?["reason"] }
    /// The outcome (`result_info/status`): 1 passed, 2 rejected.
    public var status: Int? { info?.int("status") }
}

/// One appealed item of a ``AppealRecordEvent`` (`material`).
public struct AppealMaterial: Sendable, Hashable {
    /// The content found illegal (`illegal_material/content`).
    public var illegalContent: String?
    /// Where it was (`illegal_material/content_url`).
    public var illegalContentURL: String?
    /// The appeal's argument (`appeal_material/reason`).
    public var appealReason: String?
    /// Media ids of the proof (`appeal_material/proof_material_id`); 0, 1 or many.
    public var proofMaterialIDs: [String]

    /// Creates the value from its parts (for tests, builders and simulators).
    public init(
        illegalContent: String? = nil,
        illegalContentURL: String? = nil,
        appealReason: String? = nil,
        proofMaterialIDs: [String] = []
    ) {
        self.illegalContent = illegalContent
        self.illegalContentURL = illegalContentURL
        self.appealReason = appealReason
        self.proofMaterialIDs = proofMaterialIDs
    }

    init(decoding tree: XMLTree) {
        let illegal = tree.child("illegal_material")
        let appeal = tree.child("appeal_material")
        self.init(
            illegalContent: illegal?["content"],
            illegalContentURL: illegal?["content_url"],
            appealReason: appeal?["reason"],
            proofMaterialIDs: appeal?.children(named: "proof_material_id").map(\.text) ?? []
        )
    }
}

extension DocumentPayload where Schema == PayloadSchemas.AppealRecord {
    /// The appeal (`appeal_record_id`).
    public var appealRecordID: String { raw["appeal_record_id"] ?? "" }
    /// The mini program (`appid`).
    public var appID: String? { raw["appid"] }
    /// When it was filed (`appeal_time`, Unix seconds).
    public var appealTime: Int64? { raw.int64("appeal_time") }
    /// How many times the penalty was appealed (`appeal_count`).
    public var appealCount: Int? { raw.int("appeal_count") }
    /// Who filed it (`appeal_from`): 0 the user, 1 the service provider.
    public var appealFrom: Int? { raw.int("appeal_from") }
    /// The appeal's state (`appeal_status`).
    public var appealStatus: Int? { raw.int("appeal_status") }
    /// The penalty (`punish_description`).
    public var punishDescription: String? { raw["punish_description"] }
    /// The appealed items (`material`); 0, 1 or many.
    public var materials: [AppealMaterial] { raw.children(named: "material").map(AppealMaterial.init(decoding:)) }
}

extension DocumentPayload where Schema == PayloadSchemas.BetaAppVerify {
    // WeChat spells the element `ApplyAuthorizationInfoNoitfy`.
    private var info: XMLTree? { raw.child("ApplyAuthorizationInfoNoitfy") }
    /// The trial mini program (`appid`).
    public var appID: String? { info?["appid"] }
    /// The official account it is linked to (`mp_appid`).
    public var officialAccountAppID: String? { info?["mp_appid"] }
    /// The outcome (`status`).
    public var status: Int? { info?.int("status") }
    /// WeChat's message (`msg`).
    public var message: String? { info?["msg"] }
    /// When it happened (`operation_time`), as sent.
    public var operationTime: String? { info?["operation_time"] }
}
