import Testing
package import WeChatBot
import WeChatMessages

/// Behaviour every database ``DeduplicationStore`` must show, checked the same way for each backend.
package enum DeduplicationStoreContract {
    private static let outcome = DeduplicationOutcome(reply: .text("你好 'quoted' \"reply\" </xml>"))

    /// 50 concurrent claims of one key spread over two instances: exactly one `.claimed`, the rest `.pending`.
    package static func claimIsAtomic(_ first: some DeduplicationStore, _ second: some DeduplicationStore) async throws
    {
        let claims = try await withThrowingTaskGroup(of: DeduplicationClaim.self) { group in
            for index in 0..<50 {
                group.addTask {
                    index.isMultiple(of: 2)
                        ? try await first.claim("acct|msg-1", ttl: .seconds(30))
                        : try await second.claim("acct|msg-1", ttl: .seconds(30))
                }
            }
            return try await group.reduce(into: [DeduplicationClaim]()) { $0.append($1) }
        }
        #expect(claims.filter { $0 == .claimed }.count == 1)
        #expect(claims.filter { $0 == .pending }.count == 49)
    }

    /// 300 concurrent claims of distinct keys (enough for several batched statements) each claim their key;
    /// claimed again, all are pending.
    package static func concurrentDistinctKeys(_ store: some DeduplicationStore) async throws {
        for expected in [DeduplicationClaim.claimed, .pending] {
            let claims = try await withThrowingTaskGroup(of: DeduplicationClaim.self) { group in
                for index in 0..<300 {
                    group.addTask { try await store.claim("acct|batch-\(index)", ttl: .seconds(60)) }
                }
                return try await group.reduce(into: [DeduplicationClaim]()) { $0.append($1) }
            }
            #expect(claims.count == 300)
            #expect(claims.allSatisfy { $0 == expected }, "\(expected)")
        }
    }

    /// Claimed, then pending, then finished with the stored outcome; abandon frees the key.
    package static func lifecycle(_ store: some DeduplicationStore) async throws {
        #expect(try await store.claim("k", ttl: .seconds(30)) == .claimed)
        #expect(try await store.claim("k", ttl: .seconds(30)) == .pending)
        try await store.finish("k", outcome: outcome, ttl: .seconds(30))
        #expect(try await store.claim("k", ttl: .seconds(30)) == .finished(outcome))
        try await store.finish("none", outcome: .noReply, ttl: .seconds(30))
        #expect(try await store.claim("none", ttl: .seconds(30)) == .finished(.noReply))
        #expect(try await store.claim("gone", ttl: .seconds(30)) == .claimed)
        try await store.abandon("gone")
        #expect(try await store.claim("gone", ttl: .seconds(30)) == .claimed)
        try await store.abandon("never-claimed")
    }

    /// An expired claim counts as absent; a zero TTL expires at once; a huge TTL does not overflow.
    package static func expiry(_ store: some DeduplicationStore) async throws {
        #expect(try await store.claim("short", ttl: .milliseconds(50)) == .claimed)
        try await Task.sleep(for: .milliseconds(120))
        #expect(try await store.claim("short", ttl: .seconds(30)) == .claimed)
        #expect(try await store.claim("zero", ttl: .zero) == .claimed)
        #expect(try await store.claim("zero", ttl: .zero) == .claimed)
        #expect(try await store.claim("forever", ttl: .seconds(Int64.max)) == .claimed)
        #expect(try await store.claim("forever", ttl: .seconds(30)) == .pending)
    }

    /// `awaitOutcome` returns what the other instance finishes, and `nil` for an unknown key, on timeout
    /// and on abandon.
    package static func awaitOutcome(_ first: some DeduplicationStore, _ second: some DeduplicationStore) async throws {
        #expect(try await first.claim("k", ttl: .seconds(30)) == .claimed)
        async let awaited = second.awaitOutcome("k", timeout: .seconds(10))
        try await Task.sleep(for: .milliseconds(100))
        try await first.finish("k", outcome: outcome, ttl: .seconds(30))
        #expect(try await awaited == outcome)

        #expect(try await second.awaitOutcome("unknown", timeout: .seconds(5)) == nil)
        #expect(try await first.claim("slow", ttl: .seconds(30)) == .claimed)
        #expect(try await second.awaitOutcome("slow", timeout: .milliseconds(60)) == nil)
        #expect(try await second.claim("slow", ttl: .seconds(30)) == .pending)
        async let abandoned = second.awaitOutcome("slow", timeout: .seconds(10))
        try await Task.sleep(for: .milliseconds(60))
        try await first.abandon("slow")
        #expect(try await abandoned == nil)
    }

    /// Empty, huge, SQL-looking and case-differing keys are all distinct keys.
    package static func hostileKeys(_ store: some DeduplicationStore) async throws {
        let keys = ["", "'; DELETE FROM deduplication; --", String(repeating: "k", count: 100_000), "k", "K", "😀"]
        for key in keys {
            #expect(try await store.claim(key, ttl: .seconds(30)) == .claimed)
        }
        for key in keys {
            #expect(try await store.claim(key, ttl: .seconds(30)) == .pending)
        }
    }
}
