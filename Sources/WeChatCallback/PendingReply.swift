import Synchronization
import WeChatBot

/// The meeting point of one request, which waits until its deadline, and the background job handling its
/// message, which may finish later; whichever side comes second learns what the other did.
final class PendingReply: Sendable {
    private enum Phase {
        case waiting
        /// The answer arrived before the request started waiting for it.
        case done(BotResponse)
        /// The request took the answer (so the deadline queue, which still holds this object, holds no reply).
        case answered
        /// The request gave up: the job's answer goes out late.
        case abandoned
    }

    private struct State {
        var phase = Phase.waiting
        var waiter: CheckedContinuation<BotResponse?, Never>?
    }

    private let state = Mutex(State())

    /// The answer, when it is already in; the request then neither watches a deadline nor suspends.
    func takeAnswer() -> BotResponse? {
        state.withLock { state in
            guard case .done(let response) = state.phase else { return nil }
            state.phase = .answered
            return response
        }
    }

    /// Hands the bot's answer to the waiting request; `false` when the request already answered `success`,
    /// so the caller must deliver the answer late.
    func complete(with response: BotResponse) -> Bool {
        let (accepted, waiter) = state.withLock { state -> (Bool, CheckedContinuation<BotResponse?, Never>?) in
            guard case .waiting = state.phase else { return (false, nil) }
            guard let waiter = state.waiter else {
                state.phase = .done(response)
                return (true, nil)
            }
            state.phase = .answered
            state.waiter = nil
            return (true, waiter)
        }
        waiter?.resume(returning: response)
        return accepted
    }

    /// Waits for the answer until ``expire()`` is called (by the endpoint's ``ReplyDeadlines``) or the task is
    /// cancelled; `nil` means the request answers `success` now and the job's answer, if any, goes out late.
    func wait() async -> BotResponse? {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> BotResponse?? in
                    switch state.phase {
                    case .done(let response):
                        state.phase = .answered
                        return .some(response)
                    case .abandoned, .answered: return .some(nil)
                    case .waiting:
                        state.waiter = continuation
                        return .none
                    }
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            expire()
        }
    }

    /// Gives up waiting unless the answer is already in: marks the job late and wakes the waiting request.
    func expire() {
        let waiter = state.withLock { state -> CheckedContinuation<BotResponse?, Never>? in
            guard case .waiting = state.phase else { return nil }
            state.phase = .abandoned
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: nil)
    }
}
