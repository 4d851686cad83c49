/// The outer XML WeChat posts in compatible and safe mode: the ciphertext and who it is for.
///
/// On an Official Account (or an authorizer message URL) the envelope names `ToUserName`; on a
/// third-party platform's authorization-event URL it names the component `AppId`. Only `Encrypt`
/// matters for decryption (PROTOCOL.md §2.3).
public struct EncryptedEnvelope: Sendable, Hashable {
    /// The account's original id (`gh_…`) when present.
    public var toUserName: String?
    /// The component appid on a third-party platform's authorization-event URL.
    public var appID: String?
    /// The base64 ciphertext exactly as received.
    public var encrypt: String

    /// Creates an envelope from its parts.
    public init(toUserName: String? = nil, appID: String? = nil, encrypt: String) {
        self.toUserName = toUserName
        self.appID = appID
        self.encrypt = encrypt
    }

    /// Reads an envelope from a request body; throws `.missingField("Encrypt")` when there is no ciphertext.
    public init(parsing body: some Collection<UInt8>, limits: XMLLimits = .default) throws(XMLDecodingError) {
        let root = try XMLTreeDecoder.parse(body, limits: limits)
        guard let encrypt = root["Encrypt"]?.filter({ !$0.isWhitespace }), !encrypt.isEmpty else {
            throw .missingField("Encrypt")
        }
        self.init(toUserName: root["ToUserName"], appID: root["AppId"], encrypt: encrypt)
    }
}
