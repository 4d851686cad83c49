/// A store key reduced to 128 bits, so the in-memory stores hold 16 bytes per key whatever its length
/// (WeChat's de-duplication keys, `appid|msg|MsgId` or `appid|evt|openid|CreateTime|Event|EventKey`, are 40 to
/// 100 bytes).
///
/// The digest is two 64-bit SipHash values (Swift's `Hasher`, keyed at random per process) over the key's
/// UTF-8 bytes, each behind its own half of a random per-store salt, so two keys that differ in any byte
/// collide by chance with probability about 2⁻¹²⁸, and nobody who cannot read the process's memory can
/// choose keys that collide (an attacker who could would make a retry look handled, or a new message a retry).
struct StoreKeyDigest: Hashable, Sendable {
    private let first: UInt64
    private let second: UInt64

    /// The random salt one store mixes into all its digests.
    struct Salt: Sendable {
        fileprivate let first = UInt64.random(in: .min ... .max)
        fileprivate let second = UInt64.random(in: .min ... .max)
    }

    /// The digest of `key` under `salt`.
    init(_ key: String, salt: Salt) {
        var key = key
        (first, second) = key.withUTF8 { bytes in
            (Self.hash(bytes, salt: salt.first), Self.hash(bytes, salt: salt.second))
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, salt: UInt64) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(salt)
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return UInt64(truncatingIfNeeded: hasher.finalize())
    }

    /// One half suffices for the table's bucket: the digest is already uniformly random.
    func hash(into hasher: inout Hasher) {
        hasher.combine(first)
    }
}
