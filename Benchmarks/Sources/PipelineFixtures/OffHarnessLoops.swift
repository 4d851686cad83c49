public import WeChatBot
public import WeChatMessages

/// Loops that run inside one nonisolated async call, so an async stage is timed without the benchmark
/// harness's executor: awaited from the harness's closure once per iteration, each call would hop between
/// executors and back (two thread wake-ups, more than the stage itself costs).
public enum OffHarnessLoops {
    /// Hands `count` of `messages` from `start` (wrapping) to `bot`; returns the next start.
    public nonisolated static func handle(
        _ messages: [InboundMessage],
        from start: Int = 0,
        count: Int,
        by bot: Bot
    ) async -> Int {
        var next = start
        for _ in 0..<count {
            _ = await bot.handle(messages[next])
            next = (next + 1) % messages.count
        }
        return next
    }

    /// Answers `count` of `requests` from `start` (wrapping) through `pipeline`; returns the next start.
    public nonisolated static func respond(
        to requests: [SealedRequest],
        from start: Int,
        count: Int,
        through pipeline: CallbackPipeline
    ) async -> Int {
        var next = start
        for _ in 0..<count {
            _ = await pipeline.respond(to: requests[next])
            next = (next + 1) % requests.count
        }
        return next
    }
}
