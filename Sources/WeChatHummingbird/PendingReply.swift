import Synchronization
import WeChatBot

/// The meeting point of one request, which waits until its deadline, and the background job handling its
/// message, which may finish later; whichever side comes second learns what the other did.
final class PendingReply: Sendable {
    private enum Phase {
        case waiting
        case done(BotResponse)
        case abandoned
    }

    private struct State {
        var phase = Phase.waiting
        var started = false
        var waiter: CheckedContinuation<BotResponse?, Never>?
    }

    private let state = Mutex(State())

    /// The job started; lets the request tell a slow bot from background work that is not running.
    func start() {
        state.withLock { $0.started = true }
    }

    /// Whether the job started before the request gave up.
    var hasStarted: Bool {
        state.withLock { $0.started }
    }

    /// Hands the bot's answer to the waiting request; `false` when the request already answered `success`,
    /// so the caller must deliver the answer late.
    func complete(with response: BotResponse) -> Bool {
        let (accepted, waiter) = state.withLock { state -> (Bool, CheckedContinuation<BotResponse?, Never>?) in
            if case .abandoned = state.phase { return (false, nil) }
            state.phase = .done(response)
            defer { state.waiter = nil }
            return (true, state.waiter)
        }
        waiter?.resume(returning: response)
        return accepted
    }

    /// Waits for the answer until `deadline` passes or the task is cancelled; `nil` means the request answers
    /// `success` now and the job's answer, if any, goes out late.
    func wait(for deadline: Duration) async -> BotResponse? {
        await withTaskGroup(of: BotResponse?.self) { group in
            group.addTask { await self.answer() }
            group.addTask {
                try? await Task.sleep(for: deadline)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? abandon()
        }
    }

    private func answer() async -> BotResponse? {
        await withCheckedContinuation { continuation in
            let ready = state.withLock { state -> BotResponse?? in
                switch state.phase {
                case .done(let response): return .some(response)
                case .abandoned: return .some(nil)
                case .waiting:
                    state.waiter = continuation
                    return .none
                }
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Gives up waiting: returns the answer if it arrived meanwhile, otherwise marks the job late.
    private func abandon() -> BotResponse? {
        let (response, waiter) = state.withLock { state -> (BotResponse?, CheckedContinuation<BotResponse?, Never>?) in
            if case .done(let response) = state.phase { return (response, nil) }
            state.phase = .abandoned
            defer { state.waiter = nil }
            return (nil, state.waiter)
        }
        waiter?.resume(returning: response)
        return response
    }
}
