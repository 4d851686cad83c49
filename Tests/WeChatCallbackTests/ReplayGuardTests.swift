import Testing

@testable import WeChatCallback

/// The replay record's bounds: the oldest keys go first beyond its capacity, keys expire after their
/// lifetime, and the ring it keeps them in stays right as it wraps around many times.
@Suite("Replay record")
struct ReplayGuardTests {
    @Test("beyond the capacity the oldest keys are forgotten first; the newer ones still refuse a replay")
    func capacityEvictsOldestFirst() {
        let record = ReplayGuard(retryWindow: 15, lifetime: 600, capacity: 4)
        for index in 0..<6 {
            #expect(record.check(key: "k\(index)", path: "", now: 1_000) == .handle)
        }
        // k2…k5 are held: a copy on another path is a replay; k0 and k1 were forgotten, so they are new again.
        #expect(record.check(key: "k5", path: "other", now: 1_000) == .replay)
        #expect(record.check(key: "k2", path: "other", now: 1_000) == .replay)
        #expect(record.check(key: "k0", path: "other", now: 1_000) == .handle)
        // Taking k0 in evicted k2, the oldest then.
        #expect(record.check(key: "k2", path: "other", now: 1_000) == .handle)
    }

    @Test("a retry on the same path within the retry window is handled; after it, or elsewhere, it is a replay")
    func retryWindowAndPath() {
        let record = ReplayGuard(retryWindow: 15, lifetime: 600, capacity: 8)
        #expect(record.check(key: "m", path: "a", now: 1_000) == .handle)
        #expect(record.check(key: "m", path: "a", now: 1_015) == .handle)
        #expect(record.check(key: "m", path: "b", now: 1_001) == .replay)
        #expect(record.check(key: "m", path: "a", now: 1_016) == .replay)
        // After its lifetime the key is forgotten.
        #expect(record.check(key: "m", path: "b", now: 1_601) == .handle)
    }

    @Test("many laps of the ring: every key held is refused as a replay, every key dropped is new again")
    func ringWrapsAround() {
        let capacity = 5
        let record = ReplayGuard(retryWindow: 1, lifetime: 10, capacity: capacity)
        var now: Int64 = 0
        for lap in 0..<40 {
            now += 3
            let keys = (0..<3).map { "lap\(lap)-\($0)" }
            for key in keys { #expect(record.check(key: key, path: "", now: now) == .handle) }
            // This lap's keys are held (capacity 5 holds them) and refused from another path.
            for key in keys { #expect(record.check(key: key, path: "x", now: now) == .replay) }
            // Two laps back, its keys were pushed out by capacity (six newer keys) or expired.
            if lap >= 2 {
                #expect(record.check(key: "lap\(lap - 2)-0", path: "x", now: now) == .handle)
            }
        }
    }
}
