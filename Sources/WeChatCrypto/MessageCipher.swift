import Crypto
import CryptoExtras
import FoundationEssentials

/// WeChat's message cipher: AES-256-CBC with IV = key[0..<16], 32-byte PKCS#7, base64 (<doc:TheAESEnvelope>).
///
/// The plaintext is `random(16) || big-endian UInt32 message length || message || appid`. Decryption checks
/// every bound before it slices, so a wrong key (which yields a garbage length) fails cleanly instead of
/// crashing or allocating.
public struct MessageCipher: Sendable {
    /// The number of random bytes that start every plaintext.
    public static let randomPrefixCount = 16
    private static let headerCount = randomPrefixCount + 4

    /// The key messages are encrypted with.
    public let key: EncodingAESKey
    /// The receive id written into every plaintext and expected in every decrypted one.
    public let appID: String
    /// Whether `decrypt` refuses a plaintext whose receive id is not `appID` (-40005).
    public let validatesAppID: Bool

    /// Creates a cipher for one key and appid; `validatesAppID: false` accepts any receive id on decrypt.
    public init(key: EncodingAESKey, appID: String, validatesAppID: Bool = true) {
        self.key = key
        self.appID = appID
        self.validatesAppID = validatesAppID
    }

    /// Encrypts `message` with 16 fresh random bytes (from the system's generator, drawn 4 KiB at a time);
    /// returns the base64 text.
    public func encrypt(_ message: some Collection<UInt8>) throws(WeChatCryptoError) -> String {
        try encrypt(message) { RandomPrefixPool.shared.append(Self.randomPrefixCount, to: &$0) }
    }

    /// Encrypts `message` with the given 16-byte random prefix (for known-answer tests and reproducible
    /// output); returns the base64 text.
    public func encrypt(
        _ message: some Collection<UInt8>,
        randomPrefix: some Collection<UInt8>
    ) throws(WeChatCryptoError) -> String {
        guard randomPrefix.count == Self.randomPrefixCount else {
            throw .encryptionFailed("random prefix must be \(Self.randomPrefixCount) bytes")
        }
        return try encrypt(message) { $0.append(contentsOf: randomPrefix) }
    }

    /// Builds `prefix || big-endian length || message || appid`, pads and encrypts it; `appendPrefix` writes
    /// the 16 random bytes.
    private func encrypt(
        _ message: some Collection<UInt8>,
        appendPrefix: (inout [UInt8]) -> Void
    ) throws(WeChatCryptoError) -> String {
        guard let length = UInt32(exactly: message.count) else {
            throw .encryptionFailed("message longer than \(UInt32.max) bytes")
        }
        let unpaddedCount = Self.headerCount + message.count + appID.utf8.count
        var plaintext = [UInt8]()
        plaintext.reserveCapacity(unpaddedCount + WeChatPadding.blockSize)
        appendPrefix(&plaintext)
        plaintext.append(UInt8(truncatingIfNeeded: length >> 24))
        plaintext.append(UInt8(truncatingIfNeeded: length >> 16))
        plaintext.append(UInt8(truncatingIfNeeded: length >> 8))
        plaintext.append(UInt8(truncatingIfNeeded: length))
        plaintext.append(contentsOf: message)
        plaintext.append(contentsOf: appID.utf8)
        WeChatPadding.pad(&plaintext)
        return try encryptBlocks(plaintext)
    }

    /// Decrypts base64 `Encrypt` text; throws -40010 for bad base64, -40007 for a bad length or padding,
    /// -40008 for a malformed plaintext, -40005 for a foreign appid.
    public func decrypt(_ base64: String) throws(WeChatCryptoError) -> DecryptedMessage {
        try decrypt(ciphertext: Base64.decode(base64.utf8))
    }

    /// Encrypts already padded plaintext (a whole number of AES blocks) and returns base64.
    func encryptBlocks(_ plaintext: [UInt8]) throws(WeChatCryptoError) -> String {
        let ciphertext: Data
        do {
            ciphertext = try AES._CBC.encrypt(plaintext, using: key.symmetricKey, iv: key.iv, noPadding: true)
        } catch {
            throw .encryptionFailed("AES-CBC refused the plaintext")
        }
        return ciphertext.withUnsafeBytes { Base64.encode($0) }
    }

    /// Decrypts raw ciphertext bytes (base64 already decoded).
    func decrypt(ciphertext: [UInt8]) throws(WeChatCryptoError) -> DecryptedMessage {
        guard !ciphertext.isEmpty, ciphertext.count % WeChatPadding.blockSize == 0 else {
            throw .decryptionFailed(
                "ciphertext length \(ciphertext.count) is not a positive multiple of \(WeChatPadding.blockSize)"
            )
        }
        let plaintext: Data
        do {
            plaintext = try AES._CBC.decrypt(ciphertext, using: key.symmetricKey, iv: key.iv, noPadding: true)
        } catch {
            throw .decryptionFailed("AES-CBC refused the ciphertext")
        }
        return try plaintext.withUnsafeBytes { buffer in
            Result { () throws(WeChatCryptoError) in try unpack(buffer) }
        }.get()
    }

    /// Splits a decrypted buffer into message and receive id, checking every bound first.
    private func unpack(_ plaintext: UnsafeRawBufferPointer) throws(WeChatCryptoError) -> DecryptedMessage {
        let contentCount = try WeChatPadding.unpaddedCount(of: plaintext)
        guard contentCount >= Self.headerCount else {
            throw .illegalBuffer("\(contentCount) bytes, fewer than the \(Self.headerCount)-byte header")
        }
        let lengthBytes = plaintext[Self.randomPrefixCount..<Self.headerCount]
        let length = lengthBytes.reduce(0) { $0 << 8 | Int($1) }
        guard length <= contentCount - Self.headerCount else {
            throw .illegalBuffer(
                "message length \(length) exceeds the \(contentCount - Self.headerCount) bytes present")
        }
        let messageEnd = Self.headerCount + length
        let receiveID = plaintext[messageEnd..<contentCount]
        if validatesAppID && !receiveID.elementsEqual(appID.utf8) { throw .appIDMismatch }
        return DecryptedMessage(
            message: Array(plaintext[Self.headerCount..<messageEnd]),
            appID: validatesAppID ? appID : String(decoding: receiveID, as: UTF8.self)
        )
    }
}
