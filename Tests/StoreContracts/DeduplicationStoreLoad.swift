package import WeChatBot
import WeChatMessages

/// A de-duplication store driven as a busy bot drives it, for the figures in PERFORMANCE.md: concurrent callers
/// (as many as a load test's connections) each claim a distinct message key and store its outcome.
package enum DeduplicationStoreLoad {
    /// Claims and finishes `messages` distinct keys from `callers` concurrent tasks, prints messages a second
    /// under `label`, and returns how many were claimed (all of them, each once, for a correct store).
    package static func claimAndFinish(
        _ store: some DeduplicationStore, label: String, messages: Int = 6_000, callers: Int = 64
    ) async throws -> Int {
        let clock = ContinuousClock()
        let started = clock.now
        let handled = try await withThrowingTaskGroup(of: Int.self) { group in
            for caller in 0..<callers {
                group.addTask {
                    var handled = 0
                    for index in stride(from: caller, to: messages, by: callers) {
                        let key = "wx5f3a7c9e1b2d4f6a|msg|\(7_391_204_118_000_000_000 + index)"
                        guard try await store.claim(key, ttl: .seconds(60)) == .claimed else { continue }
                        try await store.finish(
                            key, outcome: DeduplicationOutcome(reply: .text("echo \(index)")), ttl: .seconds(60))
                        handled += 1
                    }
                    return handled
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = (clock.now - started).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        print(
            "\(label), \(callers) callers: \(messages) messages claimed and finished in \(seconds) s = \(Int(Double(messages) / seconds)) messages/s"
        )
        return handled
    }
}
