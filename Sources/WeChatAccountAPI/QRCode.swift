/// A parametric QR code: scanning it follows the account and pushes the scene to the bot (a `subscribe` or
/// `SCAN` event with `EventKey`), so `On(.scan(scene:))` rules can answer it
/// (https://developers.weixin.qq.com/doc/offiaccount/Account_Management/Generating_a_Parametric_QR_Code.html).
public struct QRCode: Sendable, Hashable, Decodable {
    /// The ticket that shows the image.
    public var ticket: String
    /// Seconds it stays valid; `nil` for a permanent code.
    public var expiresIn: Int64?
    /// The URL the code encodes (to render it yourself).
    public var url: String

    /// WeChat's image of the code.
    public var imageURL: String {
        "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=" + QueryEncoding.percentEncoded(ticket)
    }

    enum CodingKeys: String, CodingKey {
        case ticket, expiresIn = "expire_seconds", url
    }
}

/// The scene a QR code carries.
public enum QRCodeScene: Sendable, Hashable {
    /// A number: 32-bit non-zero for a temporary code, 1 to 100000 for a permanent one.
    case integer(Int64)
    /// A string of 1 to 64 characters.
    case string(String)

    /// The largest expiry of a temporary code: 30 days.
    public static let maxExpiry: Int64 = 2_592_000
    /// The largest integer scene of a permanent code.
    public static let maxPermanentInteger: Int64 = 100_000
}
