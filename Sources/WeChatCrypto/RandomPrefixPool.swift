import Crypto
import CryptoExtras
import FoundationEssentials
import Synchronization

/// The random bytes that start every sealed reply, made 4 KiB at a time.
///
/// Each reply needs 16 unpredictable bytes (<doc:TheAESEnvelope>). `SystemRandomNumberGenerator` makes one
/// `getrandom` system call per 8 bytes, about 0.75 µs a reply on a 2-core Linux machine (swift-crypto's
/// `SymmetricKey(size:)` draws the same way). Instead, each refill draws a fresh 256-bit key from the system
/// (4 calls) and takes 4 KiB of AES-CTR keystream under it, as a CTR-DRBG does: 256 replies per refill, every
/// byte handed out once, no key used twice.
final class RandomPrefixPool: Sendable {
    /// The pool every cipher draws from.
    static let shared = RandomPrefixPool()

    private static let refillByteCount = 4096
    private static let zeros = [UInt8](repeating: 0, count: refillByteCount)

    private struct Stock {
        var bytes: [UInt8] = []
        var offset = 0
    }

    private let stock = Mutex(Stock())

    /// Appends `count` fresh random bytes (at most 4 KiB) to `output`.
    func append(_ count: Int, to output: inout [UInt8]) {
        precondition(count <= Self.refillByteCount)
        stock.withLock { stock in
            if stock.bytes.count - stock.offset < count {
                stock.bytes = Self.keystream()
                stock.offset = 0
            }
            output.append(contentsOf: stock.bytes[stock.offset..<stock.offset + count])
            stock.offset += count
        }
    }

    /// 4 KiB of AES-256-CTR keystream under a new random key (counter from zero: the key is never reused).
    private static func keystream() -> [UInt8] {
        do {
            let nonce = try AES._CTR.Nonce(nonceBytes: [UInt8](repeating: 0, count: 12))
            return Array(try AES._CTR.encrypt(zeros, using: SymmetricKey(size: .bits256), nonce: nonce))
        } catch {
            // Not reachable with a 256-bit key and a 12-byte nonce; draw directly rather than fail a reply.
            var generator = SystemRandomNumberGenerator()
            return (0..<refillByteCount / 8).flatMap { _ in withUnsafeBytes(of: generator.next()) { Array($0) } }
        }
    }
}
