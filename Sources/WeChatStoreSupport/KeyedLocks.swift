import Synchronization

/// One ``AsyncLock`` per key, created on first use and dropped when nobody holds or awaits it.
///
/// The in-process half of single-flight refresh: callers refreshing the same credential queue up here,
/// so only one of them goes on to take the cross-process lock in the database.
package final class KeyedLocks<Key: Hashable & Sendable>: Sendable {
    private struct Entry {
        let lock = AsyncLock()
        var users = 0
    }

    private let entries = Mutex<[Key: Entry]>([:])

    /// No locks yet.
    package init() {}

    /// The number of keys currently held or awaited.
    package var activeKeyCount: Int {
        entries.withLock { $0.count }
    }

    /// Runs `body` while holding the lock of `key`.
    package func withLock<Result>(
        _ key: Key,
        isolation: isolated (any Actor)? = #isolation,
        _ body: () async throws -> sending Result
    ) async throws -> sending Result {
        let lock = entries.withLock { entries in
            entries[key, default: Entry()].users += 1
            return entries[key, default: Entry()].lock
        }
        defer {
            entries.withLock { entries in
                entries[key]?.users -= 1
                if entries[key]?.users == 0 { entries[key] = nil }
            }
        }
        return try await lock.withLock(body)
    }
}
