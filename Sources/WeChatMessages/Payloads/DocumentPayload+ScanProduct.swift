// Scan-product ("扫一扫") events:
// https://developers.weixin.qq.com/doc/offiaccount/Scan_product/Event_Push.html

extension DocumentPayload where Schema == PayloadSchemas.ScanProduct {
    /// The code standard (`KeyStandard`), e.g. `ean13` or `qrcode`.
    public var keyStandard: String { raw["KeyStandard"] ?? "" }
    /// The code's content (`KeyStr`).
    public var keyString: String { raw["KeyStr"] ?? "" }
    /// The user's country (`Country`), on `user_scan_product`.
    public var country: String? { raw["Country"] }
    /// The user's province (`Province`), on `user_scan_product`.
    public var province: String? { raw["Province"] }
    /// The user's city (`City`), on `user_scan_product`.
    public var city: String? { raw["City"] }
    /// The user's sex (`Sex`): 1 male, 2 female, 0 unknown.
    public var sex: Int? { raw.int("Sex") }
    /// How the page was opened (`Scene`): 1 scan, 2 search, ...
    public var scene: Int? { raw.int("Scene") }
    /// The developer's extra information (`ExtInfo`).
    public var extraInfo: String? { raw["ExtInfo"] }
    /// The user's region code (`RegionCode`), on `user_scan_product_async`.
    public var regionCode: String? { raw["RegionCode"] }
    /// The review verdict (`Result`), on `user_scan_product_verify_action`.
    public var result: String? { raw["Result"] }
    /// The reviewer's reason (`ReasonMsg`), on `user_scan_product_verify_action`.
    public var reasonMessage: String? { raw["ReasonMsg"] }
}

extension DocumentPayload where Schema == PayloadSchemas.ScanProductSubscribe {
    /// The raw key (`EventKey`): `scene|keyStandard|keyString`.
    public var eventKey: String { raw["EventKey"] ?? "" }
    /// The page's scene, the first part of `EventKey`.
    public var scene: String? { eventKeyPart(0) }
    /// The code standard, the second part of `EventKey`.
    public var keyStandard: String? { eventKeyPart(1) }
    /// The code's content, the third part of `EventKey`.
    public var keyString: String? { eventKeyPart(2) }

    private func eventKeyPart(_ index: Int) -> String? {
        let parts = eventKey.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        return index < parts.count ? String(parts[index]) : nil
    }
}
