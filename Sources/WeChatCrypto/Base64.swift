/// Standard base64 (RFC 4648 alphabet `+/`, `=` padding) over byte buffers, without Foundation.
///
/// Hand-written because it sits on the hot path of every encrypted request, and because WeChat's
/// EncodingAESKey is non-canonical base64 (its last character carries two bits that must be ignored).
enum Base64 {
    private static let alphabet: [UInt8] = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The value of every byte: 0…63 for the alphabet, `invalid` for anything else.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: invalid, count: 256)
        for (value, byte) in alphabet.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        return table
    }()

    private static let invalid: UInt8 = 0xFF
    private static let paddingByte = UInt8(ascii: "=")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    /// Whether `byte` belongs to the 64-character alphabet (padding excluded).
    static func isAlphabetByte(_ byte: UInt8) -> Bool {
        values[Int(byte)] != invalid
    }

    /// Encodes `bytes` as padded base64 text.
    static func encode(_ bytes: UnsafeRawBufferPointer) -> String {
        let outputCount = (bytes.count + 2) / 3 * 4
        return String(unsafeUninitializedCapacity: outputCount) { output in
            var written = 0
            var index = 0
            while index + 3 <= bytes.count {
                let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                output[written] = alphabet[Int(group >> 18 & 0x3F)]
                output[written + 1] = alphabet[Int(group >> 12 & 0x3F)]
                output[written + 2] = alphabet[Int(group >> 6 & 0x3F)]
                output[written + 3] = alphabet[Int(group & 0x3F)]
                written += 4
                index += 3
            }
            let remaining = bytes.count - index
            if remaining > 0 {
                let second = remaining == 2 ? UInt32(bytes[index + 1]) : 0
                let group = UInt32(bytes[index]) << 16 | second << 8
                output[written] = alphabet[Int(group >> 18 & 0x3F)]
                output[written + 1] = alphabet[Int(group >> 12 & 0x3F)]
                output[written + 2] = remaining == 2 ? alphabet[Int(group >> 6 & 0x3F)] : paddingByte
                output[written + 3] = paddingByte
                written += 4
            }
            return written
        }
    }

    /// Decodes base64 text, skipping CR and LF; padding may be present or absent, and the unused low bits
    /// of the last character are ignored.
    ///
    /// Throws `invalidBase64(position:)` (1-based) for a byte outside the alphabet, data after padding,
    /// too much padding, or a length that cannot come from whole bytes.
    static func decode(_ text: some Collection<UInt8>) throws(CryptoError) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(text.count / 4 * 3 + 2)
        var group: UInt32 = 0
        var charactersInGroup = 0
        var paddingCount = 0
        var position = 0
        for byte in text {
            position += 1
            if byte == carriageReturn || byte == lineFeed { continue }
            if byte == paddingByte {
                paddingCount += 1
                guard paddingCount <= 2 else { throw .invalidBase64(position: position) }
                continue
            }
            let value = values[Int(byte)]
            guard value != invalid, paddingCount == 0 else { throw .invalidBase64(position: position) }
            group = group << 6 | UInt32(value)
            charactersInGroup += 1
            if charactersInGroup == 4 {
                output.append(UInt8(truncatingIfNeeded: group >> 16))
                output.append(UInt8(truncatingIfNeeded: group >> 8))
                output.append(UInt8(truncatingIfNeeded: group))
                group = 0
                charactersInGroup = 0
            }
        }
        switch (charactersInGroup, paddingCount) {
        case (0, 0):
            break
        case (2, 0), (2, 2):
            output.append(UInt8(truncatingIfNeeded: group >> 4))
        case (3, 0), (3, 1):
            output.append(UInt8(truncatingIfNeeded: group >> 10))
            output.append(UInt8(truncatingIfNeeded: group >> 2))
        default:
            throw .invalidBase64(position: position)
        }
        return output
    }
}
