/// The outer XML WeChat posts in compatible and safe mode: the ciphertext and who it is for.
///
/// On an Official Account (or an authorizer message URL) the envelope names `ToUserName`; on a
/// third-party platform's authorization-event URL it names the component `AppId`. Only `Encrypt`
/// matters for decryption (see the WeChatCrypto article “The AES envelope”).
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
        guard let encrypt = root["Encrypt"].map(Self.trimmingASCIIWhitespace), !encrypt.isEmpty else {
            throw .missingField("Encrypt")
        }
        self.init(toUserName: root["ToUserName"], appID: root["AppId"], encrypt: encrypt)
    }

    /// Drops leading and trailing spaces, tabs and line breaks (pretty-printed test payloads) in one pass over
    /// the UTF-8 bytes; the ciphertext inside is kept exactly as received, since `msg_signature` covers it.
    private static func trimmingASCIIWhitespace(_ text: String) -> String {
        let bytes = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return text }
        return String(text[first...last])
    }
}
