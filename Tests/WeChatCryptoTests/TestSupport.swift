import Crypto
import CryptoExtras
import FoundationEssentials

@testable import WeChatCrypto

/// Lower-case hex of `bytes`, to compare with hex values typed in from the published vectors.
func hex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}

/// The raw 32 bytes of a key, read through swift-crypto.
func rawBytes(of key: EncodingAESKey) -> [UInt8] {
    key.symmetricKey.withUnsafeBytes { Array($0) }
}

/// The padded plaintext of WeChat ciphertext, decrypted directly with swift-crypto, so tests can look at
/// the random prefix and the pad bytes that `MessageCipher` strips.
func rawPlaintext(ofBase64 base64: String, key: EncodingAESKey) throws -> [UInt8] {
    let ciphertext = try Base64.decode(base64.utf8)
    return Array(try AES._CBC.decrypt(ciphertext, using: key.symmetricKey, iv: key.iv, noPadding: true))
}

/// A deterministic generator (SplitMix64) for reproducible random inputs.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Keys, tokens and appids of the known-answer vectors (WeChatCrypto: “Signatures”, “The AES envelope”).
enum Vectors {
    static let officialKeyText = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    static let officialAppID = "wxba5fad812f8e6fb9"
    static let sampleKeyText = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    static let sampleAppID = "wxb11529c136998cb6"
    static let sampleRandom = Array("aaaabbbbccccdddd".utf8)
    static let wechatpyKeyText = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR"
    static let wechatpyCorpID = "wx49f0ab532d5d035a"
    static let weComKeyText = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
    static let weComCorpID = "wx5823bf96d3bd56c7"

    static func key(_ text: String) throws -> EncodingAESKey {
        try EncodingAESKey(text)
    }
}
