import Testing
import WeChatBot
import WeChatMessages
import WeChatStoreSupport

@Suite("Store support: time, polling, purge schedule, outcome JSON")
struct StoreSupportTests {
    @Test(
        "durations convert to whole milliseconds, saturating",
        arguments: [
            (Duration.zero, Int64(0)),
            (.milliseconds(1500), 1500),
            (.microseconds(999), 0),
            (.seconds(-2), -2000),
            (.seconds(Int64.max), Int64.max),
            (.seconds(Int64.min), Int64.min),
        ])
    func milliseconds(_ duration: Duration, _ expected: Int64) {
        #expect(duration.wholeMilliseconds == expected)
    }

    @Test("saturating addition clamps instead of trapping")
    func saturatingAddition() {
        #expect(Int64(5).addingSaturated(7) == 12)
        #expect(Int64.max.addingSaturated(1) == .max)
        #expect(Int64.min.addingSaturated(-1) == .min)
    }

    @Test("poll returns the resolved value, nil when gone, nil on timeout")
    func poll() async throws {
        var looks = 0
        // Generous timeouts where the poll must resolve: a parallel test run can keep this task from being
        // scheduled for seconds, and only the third look (not the clock) decides these two cases.
        let value = try await KeyPoll<String>.poll(every: .milliseconds(1), timeout: .seconds(120)) {
            looks += 1
            return looks < 3 ? .pending : .resolved("done")
        }
        #expect(value == "done")
        #expect(looks == 3)
        let gone = try await KeyPoll<String>.poll(every: .milliseconds(1), timeout: .seconds(120)) { .resolved(nil) }
        #expect(gone == nil)
        let timedOut = try await KeyPoll<String>.poll(every: .milliseconds(5), timeout: .milliseconds(20)) { .pending }
        #expect(timedOut == nil)
    }

    @Test("a purge is due at once, then not again within the interval")
    func purgeSchedule() {
        let schedule = PurgeSchedule(interval: .seconds(3600))
        #expect(schedule.claimDuePurge())
        #expect(!schedule.claimDuePurge())
        let always = PurgeSchedule(interval: .zero)
        #expect(always.claimDuePurge())
        #expect(always.claimDuePurge())
    }

    @Test("outcomes round-trip through JSON; other text is refused")
    func outcomeJSON() throws {
        for outcome in [DeduplicationOutcome.noReply, DeduplicationOutcome(reply: .text("你好 \"x\" </xml>"))] {
            #expect(DeduplicationOutcome(jsonText: try outcome.jsonText()) == outcome)
        }
        #expect(DeduplicationOutcome(jsonText: "") == nil)
        #expect(DeduplicationOutcome(jsonText: "{\"reply\": 42}") == nil)
        #expect(DeduplicationOutcome(jsonText: "[") == nil)
    }
}
