/// A dictionary whose entries expire and whose size is capped: the shared bookkeeping of the in-memory stores.
///
/// Expired entries read as absent at once. Every write also drops entries from the front of an insertion-order
/// queue while they have expired, and evicts the oldest entries while more than `capacity` are held, so memory
/// stays bounded by the keys of the last TTL (and by `capacity`) with no timer and no whole-table sweep. The
/// queue holds one record per key: a key written again keeps its record, which moves to the back when it
/// reaches the front with its expiry extended.
struct ExpiringValues<Key: Hashable, Value> {
    private struct Entry {
        var value: Value
        var expiry: Nanoseconds
        /// Which insertion of this key the entry is; queue records of earlier insertions are stale.
        var generation: UInt64
    }

    private struct QueueRecord {
        var key: Key
        var generation: UInt64
        /// The entry's expiry when the record was queued.
        var expiry: Nanoseconds
    }

    private var entries: [Key: Entry] = [:]
    /// One record per key in insertion order; `queue[queueStart...]` are the records still to look at.
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
    func value(_ key: Key, at now: Duration) -> Value? {
        guard let entry = entries[key], entry.expiry > Nanoseconds(now) else { return nil }
        return entry.value
    }

    /// Stores `value` under `key` until `now + ttl`, dropping expired entries and, over capacity, the oldest.
    mutating func set(_ key: Key, _ value: Value, ttl: Duration, at now: Duration) {
        let now = Nanoseconds(now)
        let expiry = now.adding(Nanoseconds(ttl))
        if var entry = entries[key] {
            entry.value = value
            entry.expiry = expiry
            entries[key] = entry
            dropOldEntries(at: now, keeping: capacity)
            return
        }
        dropOldEntries(at: now, keeping: capacity - 1)
        nextGeneration += 1
        entries[key] = Entry(value: value, expiry: expiry, generation: nextGeneration)
        queue.append(QueueRecord(key: key, generation: nextGeneration, expiry: expiry))
    }

    /// Removes `key`, returning whether it was there.
    @discardableResult
    mutating func remove(_ key: Key) -> Bool {
        entries.removeValue(forKey: key) != nil
    }

    /// Pops queue records from the front while they are stale, expired, extended (moved to the back), or more
    /// than `limit` entries are held (evicting before an insert keeps the table from ever growing past
    /// `capacity`).
    private mutating func dropOldEntries(at now: Nanoseconds, keeping limit: Int) {
        while queueStart < queue.count {
            var record = queue[queueStart]
            if let entry = entries[record.key], entry.generation == record.generation {
                if entry.expiry <= now || entries.count > limit {
                    entries.removeValue(forKey: record.key)
                } else if entry.expiry > record.expiry {
                    record.expiry = entry.expiry
                    queue.append(record)
                } else {
                    break
                }
            }
            queueStart += 1
        }
        // Popped records are cleared once they are an eighth of the queue: the array then never holds more than
        // 8/7 of the live records, so at a cap of 3 × 2^14 keys it stays in 2^16 slots instead of doubling.
        if queueStart >= 1024, queueStart * 8 >= queue.count {
            queue.removeFirst(queueStart)
            queueStart = 0
        }
    }
}

/// A time in whole nanoseconds, saturating at the ends of `Int64` (292 years): half the size of a `Duration`
/// in every entry and queue record.
private struct Nanoseconds: Comparable {
    private let value: Int64

    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        value = overflow ? (seconds < 0 ? .min : .max) : Self.saturating(whole, attoseconds / 1_000_000_000)
    }

    private init(value: Int64) {
        self.value = value
    }

    /// `self + other`, clamped to `Int64`'s range.
    func adding(_ other: Nanoseconds) -> Nanoseconds {
        Nanoseconds(value: Self.saturating(value, other.value))
    }

    private static func saturating(_ left: Int64, _ right: Int64) -> Int64 {
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? (right < 0 ? .min : .max) : sum
    }

    static func < (left: Nanoseconds, right: Nanoseconds) -> Bool {
        left.value < right.value
    }
}
