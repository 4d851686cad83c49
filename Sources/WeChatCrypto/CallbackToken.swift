/// The Token configured in the WeChat console, validated against its rule: 3–32 ASCII letters or digits
/// (<doc:SignatureChecks>).
///
/// The token is a shared secret: it never appears in `description`, `debugDescription` or a mirror.
public struct CallbackToken: Sendable {
    /// The token text used in signatures.
    public let text: String

    /// Validates `text`; throws `WeChatCryptoError.invalidToken` naming the broken rule.
    public init(_ text: String) throws(WeChatCryptoError) {
        let length = text.count
        guard (3...32).contains(length) else {
            throw .invalidToken("must be 3 to 32 characters, got \(length)")
        }
        for (offset, character) in text.enumerated() {
            guard let byte = character.asciiValue,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            else {
                throw .invalidToken("character at position \(offset + 1) is not an ASCII letter or digit")
            }
        }
        self.text = text
    }
}

extension CallbackToken: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A placeholder that keeps the token out of logs.
    public var description: String { "CallbackToken(redacted)" }
    /// A placeholder that keeps the token out of debug output.
    public var debugDescription: String { description }
    /// An empty mirror, so `dump` does not print the token.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
