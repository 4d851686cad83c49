import Testing

@testable import WeChatHummingbird

@Suite("Per-client token buckets of the platform pages")
struct ClientRateLimiterTests {
    @Test("a client gets its burst, then one request per refill; other clients are not affected")
    func buckets() {
        let limiter = ClientRateLimiter(requestsPerMinute: 3)
        let start = ContinuousClock.now
        #expect((0..<3).allSatisfy { _ in limiter.allow("10.0.0.1", now: start) })
        #expect(!limiter.allow("10.0.0.1", now: start))
        #expect(limiter.allow("10.0.0.2", now: start))
        #expect(!limiter.allow("10.0.0.1", now: start + .seconds(19)))
        #expect(limiter.allow("10.0.0.1", now: start + .seconds(21)), "one request refills every 20 s")
    }

    @Test("the table is bounded: idle clients are dropped, and past the bound new clients share one bucket")
    func bounded() {
        let limiter = ClientRateLimiter(requestsPerMinute: 2, maximumClients: 2)
        let start = ContinuousClock.now
        #expect(limiter.allow("a", now: start))
        #expect(limiter.allow("b", now: start))
        #expect(limiter.allow("c", now: start), "overflow bucket")
        #expect(limiter.allow("d", now: start), "overflow bucket")
        #expect(!limiter.allow("e", now: start), "the overflow bucket is shared and now empty")
        #expect(limiter.allow("f", now: start + .seconds(120)), "a and b refilled and were swept")
    }
}
