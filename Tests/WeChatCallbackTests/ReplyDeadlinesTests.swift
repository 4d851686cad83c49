import Testing
import WeChatBot
import WeChatMessages

@testable import WeChatCallback

@Suite("Reply deadlines: one timer over a FIFO queue", .timeLimit(.minutes(1)))
struct ReplyDeadlinesTests {
    @Test("answers in time are kept, the rest expire at the deadline, in one sweep")
    func expiresOnlyTheUnanswered() async throws {
        let deadlines = ReplyDeadlines(duration: .milliseconds(100))
        let replies = (0..<200).map { _ in PendingReply() }
        for reply in replies { deadlines.watch(reply) }
        for (index, reply) in replies.enumerated() where index.isMultiple(of: 2) {
            #expect(reply.complete(with: .reply(.text("\(index)"))))
        }
        let outcomes = await withTaskGroup(of: (Int, BotResponse?).self) { group in
            for (index, reply) in replies.enumerated() {
                group.addTask { (index, await reply.wait()) }
            }
            return await group.reduce(into: [Int: BotResponse?]()) { $0[$1.0] = $1.1 }
        }
        for index in replies.indices {
            let expected: BotResponse? = index.isMultiple(of: 2) ? .reply(.text("\(index)")) : nil
            #expect(outcomes[index] == expected, "reply \(index)")
        }
        for (index, reply) in replies.enumerated() where !index.isMultiple(of: 2) {
            #expect(!reply.complete(with: .success), "an expired reply must be delivered late")
        }
    }

    @Test("the timer re-arms after the queue has drained")
    func rearms() async throws {
        let deadlines = ReplyDeadlines(duration: .milliseconds(20))
        for round in 0..<3 {
            let reply = PendingReply()
            deadlines.watch(reply)
            #expect(await reply.wait() == nil, "round \(round) expired")
        }
    }

    @Test("a cancelled wait returns nil and the job's answer then goes out late")
    func cancelledWait() async throws {
        let deadlines = ReplyDeadlines(duration: .seconds(60))
        let reply = PendingReply()
        deadlines.watch(reply)
        let waiter = Task { await reply.wait() }
        waiter.cancel()
        #expect(await waiter.value == nil)
        #expect(!reply.complete(with: .success))
    }
}
