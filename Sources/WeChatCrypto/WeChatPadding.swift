/// PKCS#7 padding to WeChat's 32-byte block (<doc:Padding>), not AES's 16.
///
/// WeChat pads `n = 32 - count % 32` bytes of value `n` (a whole extra block when already aligned), so pad
/// bytes run from 1 to 32; a 16-byte PKCS#7 implementation would reject half of WeChat's messages.
enum WeChatPadding {
    /// The block size WeChat pads to.
    static let blockSize = 32

    /// Appends WeChat's padding to `bytes`.
    static func pad(_ bytes: inout [UInt8]) {
        let count = blockSize - bytes.count % blockSize
        bytes.append(contentsOf: repeatElement(UInt8(count), count: count))
    }

    /// The length of `bytes` without its padding; throws `decryptionFailed` (-40007) unless the last byte
    /// is 1…32, fits in `bytes`, and every pad byte equals it.
    static func unpaddedCount(of bytes: UnsafeRawBufferPointer) throws(WeChatCryptoError) -> Int {
        guard let last = bytes.last else { throw .decryptionFailed("plaintext is empty") }
        let count = Int(last)
        guard (1...blockSize).contains(count), count <= bytes.count else {
            throw .decryptionFailed("padding byte \(count) is outside 1...\(blockSize)")
        }
        var difference: UInt8 = 0
        for byte in bytes[(bytes.count - count)...] {
            difference |= byte ^ last
        }
        guard difference == 0 else { throw .decryptionFailed("padding bytes are inconsistent") }
        return bytes.count - count
    }
}
