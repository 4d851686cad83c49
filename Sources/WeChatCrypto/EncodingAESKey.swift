import Crypto
import CryptoExtras

/// A validated EncodingAESKey: the 43-character text from the console and the AES-256 key and IV it encodes.
///
/// Validation happens once, at configuration time (<doc:TheAESEnvelope>): exactly 43 base64-alphabet
/// characters that decode (with `=` appended) to 32 bytes; the unused low bits of the last character are
/// ignored, as WeChat's keys are non-canonical base64. The IV is the key's first 16 bytes.
/// The key never appears in `description`, `debugDescription` or a mirror.
public struct EncodingAESKey: Sendable {
    /// The number of characters WeChat's console issues.
    public static let characterCount = 43

    /// The 43-character key exactly as configured in the console.
    public let text: String
    let symmetricKey: SymmetricKey
    let iv: AES._CBC.IV

    /// Validates `text`; throws `WeChatCryptoError.invalidKey` (-40004) naming the length or the position of the
    /// first character outside the base64 alphabet.
    public init(_ text: String) throws(WeChatCryptoError) {
        let length = text.count
        guard length == Self.characterCount else {
            throw .invalidKey("must be \(Self.characterCount) characters, got \(length)")
        }
        for (offset, character) in text.enumerated() {
            guard let byte = character.asciiValue, Base64.isAlphabetByte(byte) else {
                throw .invalidKey("character at position \(offset + 1) is not in the base64 alphabet")
            }
        }
        let bytes = try Base64.decode(text.utf8)
        // 43 alphabet characters always decode to 32 bytes; IV init only fails for a length other than 16.
        guard bytes.count == 32, let iv = try? AES._CBC.IV(ivBytes: bytes[..<16]) else {
            throw .invalidKey("does not decode to 32 bytes")
        }
        self.text = text
        self.symmetricKey = SymmetricKey(data: bytes)
        self.iv = iv
    }

    /// A fresh key from `SystemRandomNumberGenerator`, e.g. for a console set-up helper.
    public static func random() -> EncodingAESKey {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    /// A fresh key from `generator`: 32 random bytes in base64 without the trailing `=`.
    public static func random(using generator: inout some RandomNumberGenerator) -> EncodingAESKey {
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let encoded = bytes.withUnsafeBytes { Base64.encode($0) }
        do {
            return try EncodingAESKey(String(encoded.dropLast()))
        } catch {
            preconditionFailure("base64 of 32 bytes is always a valid EncodingAESKey: \(error)")
        }
    }
}

extension EncodingAESKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A placeholder that keeps the key out of logs.
    public var description: String { "EncodingAESKey(redacted)" }
    /// A placeholder that keeps the key out of debug output.
    public var debugDescription: String { description }
    /// An empty mirror, so `dump` does not print the key.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
