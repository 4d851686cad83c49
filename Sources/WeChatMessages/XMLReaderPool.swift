internal import CLibXML2
import Synchronization

/// libxml2 readers kept for reuse (`xmlReaderNewMemory`), which saves setting up a reader, its parser and its
/// name dictionary for every document.
///
/// A reader goes back only after a document it read completely; it is retired once it has read
/// ``retirementBytes`` (so its dictionary of names, which grows with what it reads, stays small whatever an
/// attacker sends), and at most ``capacity`` readers wait here.
final class ReaderPool: Sendable {
    /// A reader and how much it has read.
    struct Lease: @unchecked Sendable {
        /// The libxml2 reader (owned by whoever holds the lease).
        let reader: OpaquePointer
        /// The bytes of all documents it has read.
        var bytesRead: Int
    }

    /// The pool every decoder shares.
    static let shared = ReaderPool()

    /// How many idle readers are kept.
    static let capacity = 16
    /// How many bytes a reader reads before it is freed.
    static let retirementBytes = 256 << 10

    private let idle = Mutex<[Lease]>([])

    /// An idle reader, if any.
    func take() -> Lease? {
        idle.withLock { $0.popLast() }
    }

    /// Returns `lease` for reuse, or frees it when it is worn out or the pool is full.
    func give(_ lease: Lease) {
        let kept =
            lease.bytesRead < Self.retirementBytes
            && idle.withLock { idle in
                guard idle.count < Self.capacity else { return false }
                idle.append(lease)
                return true
            }
        if !kept { xmlFreeTextReader(lease.reader) }
    }
}
