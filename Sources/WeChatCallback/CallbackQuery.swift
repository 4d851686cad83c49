/// The query parameters WeChat puts on a callback URL, taken as sent
/// (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html).
public struct CallbackQuery: Sendable, Hashable {
    /// `signature`: SHA-1 of the sorted token, timestamp and nonce (covers no body).
    public var signature: String?
    /// `timestamp`: Unix seconds, as a string.
    public var timestamp: String?
    /// `nonce`.
    public var nonce: String?
    /// `echostr` of a verification GET.
    public var echoString: String?
    /// `encrypt_type`: `aes` for an encrypted body.
    public var encryptType: String?
    /// `msg_signature`: SHA-1 of the sorted token, timestamp, nonce and ciphertext.
    public var messageSignature: String?

    /// Creates a query from its parts.
    public init(
        signature: String? = nil,
        timestamp: String? = nil,
        nonce: String? = nil,
        echoString: String? = nil,
        encryptType: String? = nil,
        messageSignature: String? = nil
    ) {
        self.signature = signature
        self.timestamp = timestamp
        self.nonce = nonce
        self.echoString = echoString
        self.encryptType = encryptType
        self.messageSignature = messageSignature
    }

    /// Reads the parameters from percent-decoded name/value pairs (the first of repeated names wins; unknown
    /// names are ignored).
    ///
    /// Inlinable so an adapter's own sequence type (e.g. Hummingbird's `FlatDictionary`) is iterated by
    /// specialised code, not through generic witnesses that look up tuple metadata for every pair.
    @inlinable
    public init(_ parameters: some Sequence<(key: Substring, value: Substring)>) {
        for (key, value) in parameters {
            switch key {
            case "signature" where signature == nil: signature = String(value)
            case "timestamp" where timestamp == nil: timestamp = String(value)
            case "nonce" where nonce == nil: nonce = String(value)
            case "echostr" where echoString == nil: echoString = String(value)
            case "encrypt_type" where encryptType == nil: encryptType = String(value)
            case "msg_signature" where messageSignature == nil: messageSignature = String(value)
            default: break
            }
        }
    }

    /// Whether the body is an encrypted envelope (`encrypt_type=aes`).
    public var isEncrypted: Bool {
        encryptType?.lowercased() == "aes"
    }
}
