internal import CLibXML2
import Synchronization

/// libxml2 push-parser contexts kept for reuse (`xmlCtxtResetPush`), which saves setting up a parser, its
/// input and its name dictionary for every document.
///
/// A context goes back only after a document it parsed completely; it is retired once it has read
/// ``retirementBytes`` (so its dictionary of names, which grows with what it reads, stays small whatever an
/// attacker sends), and at most ``capacity`` contexts wait here.
final class XMLParserPool: Sendable {
    /// A parser context and how much it has read.
    struct Lease: @unchecked Sendable {
        /// The libxml2 parser context (owned by whoever holds the lease).
        let context: xmlParserCtxtPtr
        /// The bytes of all documents it has read.
        var bytesRead: Int
    }

    /// The pool every decoder shares.
    static let shared = XMLParserPool()

    /// How many idle contexts are kept.
    static let capacity = 16
    /// How many bytes a context reads before it is freed.
    static let retirementBytes = 256 << 10

    private let idle = Mutex<[Lease]>([])

    /// An idle context, if any.
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
        if !kept { xmlFreeParserCtxt(lease.context) }
    }
}
