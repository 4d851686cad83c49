import Synchronization

/// The nonces of web OAuth `state`s already used at the callback, each kept until its state expires, so a
/// state (and the callback URL carrying it) works once.
///
/// In memory: instances behind one load balancer each refuse their own replays only; the signed expiry still
/// bounds the rest. At `capacity` live entries new logins are refused rather than the oldest forgotten.
final class UsedOAuthStates: Sendable {
    private let entries = Mutex<[String: Int64]>([:])
    private let capacity: Int

    /// A record holding at most `capacity` unexpired nonces.
    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    /// Marks `state` used; `false` when it already was (or the record is full of live entries).
    func claim(_ state: OAuthState, now: Int64) -> Bool {
        entries.withLock { entries in
            if entries.count >= capacity {
                entries = entries.filter { $0.value >= now }
            }
            guard entries[state.nonce] == nil, entries.count < capacity else { return false }
            entries[state.nonce] = state.expiresAt
            return true
        }
    }
}
