/// A dictionary whose entries expire: the shared bookkeeping of the in-memory stores.
///
/// Expired entries read as absent at once and are purged in one sweep at most once per `purgeInterval`, so
/// memory stays bounded by the keys of the last TTL without a background timer.
struct ExpiringValues<Value> {
    private struct Entry {
        var value: Value
        var expiry: Duration
    }

    private var entries: [String: Entry] = [:]
    private var nextPurge: Duration = .zero
    private let purgeInterval: Duration

    init(purgeInterval: Duration) {
        self.purgeInterval = purgeInterval
    }

    /// The number of entries held, including expired ones not yet purged.
    var storedCount: Int { entries.count }

    /// The live value under `key` at time `now`.
    func value(_ key: String, at now: Duration) -> Value? {
        guard let entry = entries[key], entry.expiry > now else { return nil }
        return entry.value
    }

    /// Stores `value` under `key` until `now + ttl`, purging expired entries when a sweep is due.
    mutating func set(_ key: String, _ value: Value, ttl: Duration, at now: Duration) {
        purgeIfDue(at: now)
        entries[key] = Entry(value: value, expiry: now + ttl)
    }

    /// Removes `key`, returning whether it was there.
    @discardableResult
    mutating func remove(_ key: String) -> Bool {
        entries.removeValue(forKey: key) != nil
    }

    private mutating func purgeIfDue(at now: Duration) {
        guard now >= nextPurge else { return }
        entries = entries.filter { $0.value.expiry > now }
        nextPurge = now + purgeInterval
    }
}
