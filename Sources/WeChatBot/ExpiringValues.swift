/// A dictionary whose entries expire and whose size is capped: the shared bookkeeping of the in-memory stores.
///
/// Expired entries read as absent at once. Every write also drops entries from the front of an insertion-order
/// queue while they have expired, and evicts the oldest entries while more than `capacity` are held, so memory
/// stays bounded by the keys of the last TTL (and by `capacity`) with no timer and no whole-table sweep.
struct ExpiringValues<Value> {
    private struct Entry {
        var value: Value
        var expiry: Duration
        /// Which write of this key the entry is; queue records of earlier writes are stale.
        var generation: UInt64
    }

    private struct QueueRecord {
        var key: String
        var generation: UInt64
    }

    private var entries: [String: Entry] = [:]
    /// Every write in order; `queue[queueStart...]` are the records still to look at.
    private var queue: [QueueRecord] = []
    private var queueStart = 0
    private var nextGeneration: UInt64 = 0
    private let capacity: Int

    /// Holds at most `capacity` entries; beyond that the oldest written are evicted first.
    init(capacity: Int = .max) {
        precondition(capacity > 0, "capacity must be positive")
        self.capacity = capacity
    }

    /// The number of entries held, including expired ones not yet dropped.
    var storedCount: Int { entries.count }

    /// The live value under `key` at time `now`.
    func value(_ key: String, at now: Duration) -> Value? {
        guard let entry = entries[key], entry.expiry > now else { return nil }
        return entry.value
    }

    /// Stores `value` under `key` until `now + ttl`, dropping expired entries and, over capacity, the oldest.
    mutating func set(_ key: String, _ value: Value, ttl: Duration, at now: Duration) {
        dropOldEntries(at: now, keeping: entries[key] == nil ? capacity - 1 : capacity)
        nextGeneration += 1
        entries[key] = Entry(value: value, expiry: now + ttl, generation: nextGeneration)
        queue.append(QueueRecord(key: key, generation: nextGeneration))
    }

    /// Removes `key`, returning whether it was there.
    @discardableResult
    mutating func remove(_ key: String) -> Bool {
        entries.removeValue(forKey: key) != nil
    }

    /// Pops queue records from the front while they are stale, expired, or more than `limit` entries are held
    /// (evicting before an insert keeps the table from growing past `capacity` even for a moment).
    private mutating func dropOldEntries(at now: Duration, keeping limit: Int) {
        while queueStart < queue.count {
            let record = queue[queueStart]
            if let entry = entries[record.key], entry.generation == record.generation {
                guard entry.expiry <= now || entries.count > limit else { break }
                entries.removeValue(forKey: record.key)
            }
            queueStart += 1
        }
        if queueStart >= 1024, queueStart * 2 >= queue.count {
            queue.removeFirst(queueStart)
            queueStart = 0
        }
    }
}
