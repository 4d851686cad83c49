import Synchronization

/// A first-come, first-served mutual exclusion lock for async code that suspends waiters instead of
/// blocking threads.
///
/// Stores use it to run one statement sequence at a time on a connection and, through ``KeyedLocks``, to
/// let one caller per credential refresh while the others wait. A waiter whose task is cancelled leaves
/// the queue and throws `CancellationError`.
package final class AsyncLock: Sendable {
    private enum Waiter {
        /// Queued, but its continuation is not registered yet.
        case arriving
        /// Queued with its continuation.
        case waiting(CheckedContinuation<Void, any Error>)
        /// Handed the lock before its continuation was registered.
        case granted
        /// Cancelled before its continuation was registered.
        case cancelled
    }

    private struct State {
        var isLocked = false
        var queue: [Int] = []
        var waiters: [Int: Waiter] = [:]
        var nextWaiterID = 0
    }

    private let state = Mutex(State())

    /// An unlocked lock.
    package init() {}

    /// Runs `body` while holding the lock, waiting for earlier holders first.
    package func withLock<Result>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: () async throws -> sending Result
    ) async throws -> sending Result {
        try await lock()
        defer { unlock() }
        return try await body()
    }

    private func lock() async throws {
        let waiterID: Int? = state.withLock { state in
            guard state.isLocked else {
                state.isLocked = true
                return nil
            }
            let waiterID = state.nextWaiterID
            state.nextWaiterID += 1
            state.queue.append(waiterID)
            state.waiters[waiterID] = .arriving
            return waiterID
        }
        guard let waiterID else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let early: Waiter? = state.withLock { state in
                    switch state.waiters[waiterID] {
                    case .granted, .cancelled:
                        return state.waiters.removeValue(forKey: waiterID)
                    case .arriving, .waiting, nil:
                        state.waiters[waiterID] = .waiting(continuation)
                        return nil
                    }
                }
                switch early {
                case .granted: continuation.resume()
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .arriving, .waiting, nil: break
                }
            }
        } onCancel: {
            let continuation: CheckedContinuation<Void, any Error>? = state.withLock { state in
                switch state.waiters[waiterID] {
                case .arriving:
                    state.queue.removeAll { $0 == waiterID }
                    state.waiters[waiterID] = .cancelled
                    return nil
                case .waiting(let continuation):
                    state.queue.removeAll { $0 == waiterID }
                    state.waiters[waiterID] = nil
                    return continuation
                case .granted, .cancelled, nil:
                    return nil
                }
            }
            continuation?.resume(throwing: CancellationError())
        }
    }

    private func unlock() {
        let next: CheckedContinuation<Void, any Error>? = state.withLock { state in
            while !state.queue.isEmpty {
                let waiterID = state.queue.removeFirst()
                switch state.waiters[waiterID] {
                case .waiting(let continuation):
                    state.waiters[waiterID] = nil
                    return continuation
                case .arriving:
                    state.waiters[waiterID] = .granted
                    return nil
                case .granted, .cancelled, nil:
                    continue
                }
            }
            state.isLocked = false
            return nil
        }
        next?.resume()
    }
}
