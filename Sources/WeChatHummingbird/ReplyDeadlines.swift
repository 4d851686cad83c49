import NIOCore
import NIOPosix
import Synchronization

/// The deadlines of an endpoint's requests that wait for their bot's answer, kept by one event-loop timer.
///
/// Every request on an endpoint waits the same time, so deadlines expire in the order they were set: a FIFO
/// queue swept by a single timer, re-armed from the event loop for the oldest deadline (at most once per
/// `resolution`, 1/20 of the deadline within 5–100 ms). A request costs a lock and an append: scheduling and
/// cancelling a timer per request from outside the event loop would wake the loop every time.
final class ReplyDeadlines: Sendable {
    private struct Watch {
        let deadline: NIODeadline
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
    private let wait: TimeAmount
    private let resolution: TimeAmount
    private let eventLoop: any EventLoop
    private let state = Mutex(State())

    /// Deadlines of `duration`, swept on one loop of `group`.
    init(duration: Duration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.duration = duration
        wait = TimeAmount(duration)
        resolution = .nanoseconds(min(max(wait.nanoseconds / 20, 5_000_000), 100_000_000))
        eventLoop = group.next()
    }

    /// Expires `reply` when the deadline from now passes (a reply answered by then ignores it).
    func watch(_ reply: PendingReply) {
        let deadline = NIODeadline.now() + wait
        let arm = state.withLock { state in
            state.queue.append(Watch(deadline: deadline, reply: reply))
            defer { state.isArmed = true }
            return !state.isArmed
        }
        if arm { schedule(at: deadline) }
    }

    private func schedule(at deadline: NIODeadline) {
        eventLoop.scheduleTask(deadline: deadline) { self.sweep() }
    }

    /// Expires every reply whose deadline has passed and re-arms for the oldest one left, if any.
    private func sweep() {
        let now = NIODeadline.now()
        var expired: [PendingReply] = []
        let next = state.withLock { state -> NIODeadline? in
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
