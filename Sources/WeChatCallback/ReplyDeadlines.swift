import Synchronization

/// The deadlines of an endpoint's requests that wait for their bot's answer, kept by one timer.
///
/// Every request on an endpoint waits the same time, so deadlines expire in the order they were set: a FIFO
/// queue swept by a single sleeping task, re-armed for the oldest deadline (at most once per `resolution`,
/// 1/20 of the deadline within 5–100 ms). A request costs a lock and an append; the timer is Swift
/// concurrency's, so the pipeline needs no event loop.
final class ReplyDeadlines: Sendable {
    private struct Watch {
        let deadline: ContinuousClock.Instant
        let reply: PendingReply
    }

    private struct State {
        /// `queue[start...]` are the replies still watched, oldest first.
        var queue: [Watch] = []
        var start = 0
        var isArmed = false
    }

    /// How long a request waits for its bot.
    let duration: Duration
    private let resolution: Duration
    private let state = Mutex(State())

    /// Deadlines of `duration`.
    init(duration: Duration) {
        self.duration = duration
        resolution = min(max(duration / 20, .milliseconds(5)), .milliseconds(100))
    }

    /// Expires `reply` when the deadline from now passes (a reply answered by then ignores it).
    func watch(_ reply: PendingReply) {
        let deadline = ContinuousClock.now + duration
        let arm = state.withLock { state in
            state.queue.append(Watch(deadline: deadline, reply: reply))
            defer { state.isArmed = true }
            return !state.isArmed
        }
        if arm { schedule(at: deadline) }
    }

    /// One sleeping task per armed timer (never more than one at a time), which sweeps when it wakes.
    private func schedule(at deadline: ContinuousClock.Instant) {
        Task { [self] in
            try? await Task.sleep(until: deadline, tolerance: resolution, clock: .continuous)
            sweep()
        }
    }

    /// Expires every reply whose deadline has passed and re-arms for the oldest one left, if any.
    private func sweep() {
        let now = ContinuousClock.now
        var expired: [PendingReply] = []
        let next = state.withLock { state -> ContinuousClock.Instant? in
            while state.start < state.queue.count, state.queue[state.start].deadline <= now {
                expired.append(state.queue[state.start].reply)
                state.start += 1
            }
            if state.start == state.queue.count {
                state.queue.removeAll(keepingCapacity: true)
                state.start = 0
                state.isArmed = false
                return nil
            }
            if state.start >= 1024, state.start * 2 >= state.queue.count {
                state.queue.removeFirst(state.start)
                state.start = 0
            }
            return max(state.queue[state.start].deadline, now + resolution)
        }
        for reply in expired { reply.expire() }
        if let next { schedule(at: next) }
    }
}
