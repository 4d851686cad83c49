/// Lower-case hexadecimal rendering and constant-time comparison of digests.
enum Hex {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// `bytes` as lower-case hex text.
    static func lowercase(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { output in
            for (index, byte) in bytes.enumerated() {
                output[2 * index] = digits[Int(byte >> 4)]
                output[2 * index + 1] = digits[Int(byte & 0x0F)]
            }
            return bytes.count * 2
        }
    }

    /// Whether `candidate` is exactly the lower-case hex of `bytes`, in time that does not depend on where
    /// they differ. Upper-case hex or a different length is not equal.
    static func isLowercase(_ candidate: String, of bytes: UnsafeRawBufferPointer) -> Bool {
        let text = candidate.utf8
        guard text.count == bytes.count * 2 else { return false }
        var difference: UInt8 = 0
        var iterator = text.makeIterator()
        for byte in bytes {
            difference |= (iterator.next() ?? 0) ^ digits[Int(byte >> 4)]
            difference |= (iterator.next() ?? 0) ^ digits[Int(byte & 0x0F)]
        }
        return difference == 0
    }
}
