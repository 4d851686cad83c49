// Hardware-device messages (MsgType `device_text` and `device_event`):
// https://iot.weixin.qq.com/wiki/new/index.html?page=3-4-2

extension DocumentPayload where Schema == PayloadSchemas.Device {
    /// The device type, usually the account's original id (`DeviceType`).
    public var deviceType: String? { raw["DeviceType"] }
    /// The device (`DeviceID`).
    public var deviceID: String { raw["DeviceID"] ?? "" }
    /// The session (`SessionID`), on `device_text` and binding events.
    public var sessionID: String? { raw["SessionID"] }
    /// The payload as WeChat sends it, Base64 (`Content`).
    public var content: String? { raw["Content"] }
    /// The user's openid (`OpenID`).
    public var openID: String? { raw["OpenID"] }
    /// The subscription operation (`OpType`), on `subscribe_status` / `unsubscribe_status`.
    public var operationType: Int? { raw.int("OpType") }
    /// The message id (`MsgID` or `MsgId`), on `device_text`.
    public var msgID: Int64? { raw.int64("MsgID") ?? raw.int64("MsgId") }
}

extension DocumentPayload where Schema == PayloadSchemas.File {
    /// The message id (`MsgId`).
    public var msgID: Int64? { raw.int64("MsgId") }
    /// The file's name (`Title`).
    public var title: String? { raw["Title"] }
    /// The file's description (`Description`).
    public var fileDescription: String? { raw["Description"] }
    /// The key to fetch the file with (`FileKey`).
    public var fileKey: String? { raw["FileKey"] }
    /// The file's MD5 sum (`FileMd5`).
    public var fileMD5: String? { raw["FileMd5"] }
    /// The file's size in bytes (`FileTotalLen`).
    public var fileSize: Int64? { raw.int64("FileTotalLen") }
}
