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
    static func decode(_ text: some Collection<UInt8>) throws(WeChatCryptoError) -> [UInt8] {
        let decoded =
            text.withContiguousStorageIfAvailable { decode(contiguous: $0) }
            ?? Array(text).withUnsafeBufferPointer { decode(contiguous: $0) }
        return try decoded.get()
    }

    private static func decode(contiguous text: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], WeChatCryptoError> {
        values.withUnsafeBufferPointer { values in
            Result { () throws(WeChatCryptoError) in try decode(text, values: values) }
        }
    }

    private static func decode(
        _ text: UnsafeBufferPointer<UInt8>,
        values: UnsafeBufferPointer<UInt8>
    ) throws(WeChatCryptoError) -> [UInt8] {
        var failure: WeChatCryptoError?
        let output = [UInt8](unsafeUninitializedCapacity: text.count / 4 * 3 + 2) { output, count in
            do throws(WeChatCryptoError) {
                count = try decode(text, values: values, into: output)
            } catch {
                failure = error
                count = 0
            }
        }
        if let failure { throw failure }
        return output
    }

    /// Decodes `text` into `output` (room for `text.count / 4 * 3 + 2` bytes) and returns the bytes written.
    private static func decode(
        _ text: UnsafeBufferPointer<UInt8>,
        values: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutableBufferPointer<UInt8>
    ) throws(WeChatCryptoError) -> Int {
        var written = 0
        var index = 0
        // Whole groups of four alphabet characters, the body of every `Encrypt`: no state, no branch per byte.
        while index + 4 <= text.count {
            let first = values[Int(text[index])]
            let second = values[Int(text[index + 1])]
            let third = values[Int(text[index + 2])]
            let fourth = values[Int(text[index + 3])]
            // `invalid` has its high bits set; alphabet values fit in six bits.
            guard (first | second | third | fourth) & 0xC0 == 0 else { break }
            let group = UInt32(first) << 18 | UInt32(second) << 12 | UInt32(third) << 6 | UInt32(fourth)
            write(group, to: output, at: &written)
            index += 4
        }
        // The rest one byte at a time: line breaks, padding, a short last group, and every error's position.
        var group: UInt32 = 0
        var charactersInGroup = 0
        var paddingCount = 0
        var position = index
        for byte in text[index...] {
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
                write(group, to: output, at: &written)
                group = 0
                charactersInGroup = 0
            }
        }
        switch (charactersInGroup, paddingCount) {
        case (0, 0):
            break
        case (2, 0), (2, 2):
            output[written] = UInt8(truncatingIfNeeded: group >> 4)
            written += 1
        case (3, 0), (3, 1):
            output[written] = UInt8(truncatingIfNeeded: group >> 10)
            output[written + 1] = UInt8(truncatingIfNeeded: group >> 2)
            written += 2
        default:
            throw .invalidBase64(position: position)
        }
        return written
    }

    /// Writes the three bytes of a whole group of four characters (24 bits) at `written` and moves it on.
    private static func write(_ group: UInt32, to output: UnsafeMutableBufferPointer<UInt8>, at written: inout Int) {
        output[written] = UInt8(truncatingIfNeeded: group >> 16)
        output[written + 1] = UInt8(truncatingIfNeeded: group >> 8)
        output[written + 2] = UInt8(truncatingIfNeeded: group)
        written += 3
    }
}
