import Testing
package import WeChatBot

/// Behaviour every database ``SessionStore`` must show, checked the same way for each backend.
package enum SessionStoreContract {
    /// Bytes (empty and 1 MiB included) round-trip between two instances; overwrite and delete work.
    package static func roundTrip(_ first: some SessionStore, _ second: some SessionStore) async throws {
        #expect(try await first.load("acct|user") == nil)
        try await first.save("acct|user", value: [0, 1, 2, 255], ttl: .seconds(60))
        #expect(try await second.load("acct|user") == [0, 1, 2, 255])
        try await second.save("acct|user", value: [9], ttl: .seconds(60))
        #expect(try await first.load("acct|user") == [9])
        try await first.save("empty", value: [], ttl: .seconds(60))
        #expect(try await second.load("empty") == [])
        let huge = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0) }
        try await first.save("huge", value: huge, ttl: .seconds(60))
        #expect(try await second.load("huge") == huge)
        try await second.delete("acct|user")
        #expect(try await first.load("acct|user") == nil)
        try await second.delete("acct|user")
    }

    /// A session expires after its TTL while others live on; saving again revives it.
    package static func expiry(_ store: some SessionStore) async throws {
        try await store.save("short", value: [1], ttl: .milliseconds(50))
        try await store.save("long", value: [2], ttl: .seconds(60))
        try await store.save("forever", value: [4], ttl: .seconds(Int64.max))
        try await Task.sleep(for: .milliseconds(120))
        #expect(try await store.load("short") == nil)
        #expect(try await store.load("long") == [2])
        #expect(try await store.load("forever") == [4])
        try await store.save("short", value: [3], ttl: .seconds(60))
        #expect(try await store.load("short") == [3])
    }
}
