import Synchronization

/// Remembers, for one endpoint, the signed messages it let through, so a copy that comes back later than
/// WeChat's retries, or under another authorizer's path, is refused instead of handled again.
///
/// WeChat retries a message within about 15 s and the bot's de-duplication answers those retries from its
/// store; a copy of a signed request posted again after that store forgot it, but while its `timestamp` is
/// still inside ``WeChatEndpointConfiguration/timestampWindow``, is a replay. Entries are a hash of the
/// message's key, the second it was first seen and a hash of the path it came on; they are dropped in the
/// order they were made once the timestamp window has passed, and the oldest go first beyond `capacity`,
/// so memory has a ceiling at any message rate. The record is per process: several instances behind one
/// URL rely on the shared de-duplication store for copies within its TTL.
final class ReplayGuard: Sendable {
    /// What a message's earlier copy tells about this one.
    enum Verdict: Equatable {
        /// Not seen before, or a retry inside the retry window on the same path: let the bot answer it.
        case handle
        /// Seen before outside the retry window, or on another path: refuse it.
        case replay
    }

    private struct Entry {
        var firstSeen: Int64
        var path: Int
    }

    private struct State {
        var entries: [Int: Entry] = [:]
        /// A ring of the keys in the order they were first seen: `order[oldest]` is the oldest of `count`.
        /// It never holds more than `capacity`, so its buffer is allocated once and never doubles.
        var order: [(key: Int, firstSeen: Int64)] = []
        var oldest = 0
        var count = 0
    }

    private let retryWindow: Int64
    private let lifetime: Int64
    private let capacity: Int
    private let state = Mutex(State())

    /// A record that accepts copies for `retryWindow` seconds after the first and keeps keys for `lifetime`
    /// seconds (the whole span a timestamp is accepted for), at most `capacity` of them.
    init(retryWindow: Int64, lifetime: Int64, capacity: Int = 65_536) {
        precondition(capacity > 0, "capacity must be positive")
        self.retryWindow = retryWindow
        self.lifetime = max(lifetime, retryWindow)
        self.capacity = capacity
    }

    /// Records the message with key `key` arriving at `now` on `path` and says whether to handle it.
    func check(key: String, path: String, now: Int64) -> Verdict {
        let key = key.hashValue
        let path = path.hashValue
        return state.withLock { state in
            expire(&state, now: now)
            if let entry = state.entries[key] {
                return entry.path == path && now - entry.firstSeen <= retryWindow ? .handle : .replay
            }
            if state.count == capacity { dropOldest(&state) }
            state.entries[key] = Entry(firstSeen: now, path: path)
            let slot = (state.oldest + state.count) % capacity
            if slot == state.order.count {
                state.order.append((key, now))
            } else {
                state.order[slot] = (key, now)
            }
            state.count += 1
            return .handle
        }
    }

    private func expire(_ state: inout State, now: Int64) {
        while state.count > 0, now - state.order[state.oldest].firstSeen > lifetime {
            dropOldest(&state)
        }
    }

    private func dropOldest(_ state: inout State) {
        state.entries[state.order[state.oldest].key] = nil
        state.oldest = (state.oldest + 1) % capacity
        state.count -= 1
    }
}
