// Wi-Fi connection event:
// https://developers.weixin.qq.com/doc/offiaccount/WiFi_via_WeChat/WiFi_usage_instructions.html

extension DocumentPayload where Schema == PayloadSchemas.WifiConnected {
    /// When the user connected (`ConnectTime`, Unix seconds; 0 when unknown).
    public var connectTime: Int64? { raw.int64("ConnectTime") }
    /// When the connection expires (`ExpireTime`, Unix seconds; 0 when unknown).
    public var expireTime: Int64? { raw.int64("ExpireTime") }
    /// The Wi-Fi vendor (`VendorId`).
    public var vendorID: String? { raw["VendorId"] }
    /// The store (`ShopId`; older pushes say `PlaceId`).
    public var shopID: String? { raw["ShopId"] ?? raw["PlaceId"] }
    /// The access point's BSSID (`DeviceNo`).
    public var deviceNumber: String? { raw["DeviceNo"] }
}
