/// Eight bytes of a buffer read as one machine word, so the checks before libxml2 look at eight bytes a step.
///
/// The tests are the classic branch-free byte-lane tricks ("determine if a word has a byte less than n"):
/// subtracting `0x01` or `0x20` from every lane borrows out of a lane only when that lane was below it, and the
/// high bit of each lane records that. They are exact as answers to "is any lane …", which is all they are
/// asked.
struct ByteWord {
    private static let lanes: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    private let value: UInt64

    /// The eight bytes of `bytes` from `offset`, or `nil` when fewer than eight remain.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        guard let base = bytes.baseAddress, offset >= 0, bytes.count - offset >= 8 else { return nil }
        value = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether every byte is from 0x20 to 0x7F: no part of a multi-byte UTF-8 character and none of the C0
    /// controls (U+0000–U+001F).
    var isPrintableASCII: Bool {
        value & Self.highBits == 0 && (value &- Self.spaces) & ~value & Self.highBits == 0
    }

    /// Whether all eight bytes are spaces.
    var isAllSpaces: Bool {
        value == Self.spaces
    }

    /// Whether any byte is `byte`.
    func contains(_ byte: UInt8) -> Bool {
        let difference = value ^ (Self.lanes &* UInt64(byte))
        return (difference &- Self.lanes) & ~difference & Self.highBits != 0
    }

    /// The offset of the first `byte` in `bytes` at or after `start`, skipping eight bytes at a time.
    static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var offset = start
        while let word = ByteWord(bytes, at: offset), !word.contains(byte) {
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] == byte { return offset }
            offset += 1
        }
        return nil
    }
}
