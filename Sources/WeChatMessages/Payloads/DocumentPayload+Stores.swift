// Store (POI) and store mini-program events:
// https://developers.weixin.qq.com/doc/offiaccount/WeChat_Stores/WeChat_Store_Interface.html
// https://developers.weixin.qq.com/doc/offiaccount/WeChat_Stores/WeChat_Shop_Miniprogram_Interface.html

extension DocumentPayload where Schema == PayloadSchemas.PoiCheck {
    /// The developer's own id for the store (`UniqId`).
    public var uniqueID: String? { raw["UniqId"] }
    /// WeChat's id for the store (`PoiId`).
    public var poiID: String { raw["PoiId"] ?? "" }
    /// The verdict (`Result`): `succ` or `fail`.
    public var result: String? { raw["Result"] }
    /// The reviewer's note (`msg`; some SDKs spell it `Msg`).
    public var message: String? { raw["msg"] ?? raw["Msg"] }
}

extension DocumentPayload where Schema == PayloadSchemas.StoreAudit {
    /// The review (`audit_id`).
    public var auditID: String { raw["audit_id"] ?? "" }
    /// The outcome (`status`): 1 passed, 2 in review, 3 rejected.
    public var status: Int? { raw.int("status") }
    /// The reviewer's reason (`reason`).
    public var reason: String? { raw["reason"] }
    /// Whether the store was upgraded from a POI (`is_upgrade`), on new stores.
    public var isUpgrade: Int? { raw.int("is_upgrade") }
    /// The store (`poiid`), on new stores.
    public var poiID: String? { raw["poiid"] }
    /// Whether the change touched the head image (`has_headimage`), on store changes.
    public var hasHeadImage: Int? { raw.int("has_headimage") }
    /// Whether the change touched the introduction (`has_intro`), on store changes.
    public var hasIntroduction: Int? { raw.int("has_intro") }
    /// Whether the change touched the name (`has_name`), on store changes.
    public var hasName: Int? { raw.int("has_name") }
}

extension DocumentPayload where Schema == PayloadSchemas.MapPoiAudit {
    /// The review (`audit_id`).
    public var auditID: String { raw["audit_id"] ?? "" }
    /// The outcome (`status`): 1 passed, 2 in review, 3 rejected.
    public var status: Int? { raw.int("status") }
    /// The map point (`map_poi_id`).
    public var mapPoiID: String? { raw["map_poi_id"] }
    /// The store's name (`name`).
    public var name: String? { raw["name"] }
    /// The store's address (`address`).
    public var address: String? { raw["address"] }
    /// Latitude (`latitude`).
    public var latitude: Double? { raw.double("latitude") }
    /// Longitude (`longitude`).
    public var longitude: Double? { raw.double("longitude") }
    /// The reviewer's remark (`sh_remark`).
    public var reviewRemark: String? { raw["sh_remark"] }
}
