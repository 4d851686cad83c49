import Crypto
import Synchronization

/// The random bytes that start every sealed reply, drawn from the system 4 KiB at a time.
///
/// Each reply needs 16 unpredictable bytes (<doc:TheAESEnvelope>). Two draws from
/// `SystemRandomNumberGenerator` are two `getrandom` system calls, about 0.75 µs a reply on a 2-core Linux
/// machine; one 4 KiB draw from BoringSSL's generator (through `SymmetricKey`) serves 256 replies. Every byte
/// is handed out once.
final class RandomPrefixPool: Sendable {
    /// The pool every cipher draws from.
    static let shared = RandomPrefixPool()

    private static let refillByteCount = 4096

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
                let key = SymmetricKey(size: SymmetricKeySize(bitCount: Self.refillByteCount * 8))
                stock.bytes = key.withUnsafeBytes { Array($0) }
                stock.offset = 0
            }
            output.append(contentsOf: stock.bytes[stock.offset..<stock.offset + count])
            stock.offset += count
        }
    }
}
