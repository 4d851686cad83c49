/// The query parameters WeChat puts on a callback URL (PROTOCOL.md §1.1, §2.2), taken as sent.
struct CallbackQuery: Sendable {
    var signature: String?
    var timestamp: String?
    var nonce: String?
    var echoString: String?
    var encryptType: String?
    var messageSignature: String?

    /// Reads the parameters from name/value pairs (percent-decoded, `+` kept).
    init(_ parameters: some Sequence<(key: Substring, value: Substring)>) {
        for (key, value) in parameters {
            let value = String(value)
            switch key {
            case "signature": signature = value
            case "timestamp": timestamp = value
            case "nonce": nonce = value
            case "echostr": echoString = value
            case "encrypt_type": encryptType = value
            case "msg_signature": messageSignature = value
            default: break
            }
        }
    }

    /// Whether the body is an encrypted envelope (`encrypt_type=aes`, PROTOCOL.md §2.1).
    var isEncrypted: Bool {
        encryptType?.lowercased() == "aes"
    }
}
