import Synchronization

/// Holds back store operations until ``PostgresStore/run()`` has connected and migrated the schema, and
/// fails them at once when it could not (or has ended).
final class SchemaReadiness: Sendable {
    private typealias Waiter = CheckedContinuation<Void, any Error>

    private enum State {
        case waiting([Int: Waiter])
        case ready
        case failed(any Error)
    }

    private let state = Mutex<State>(.waiting([:]))
    private let nextWaiterID = Atomic<Int>(0)

    /// Returns once the schema is ready; throws the migration's error, `PostgresStoreError.notRunning`
    /// after the store stopped, or `CancellationError`.
    func wait() async throws {
        let isReady = state.withLock { state in
            if case .ready = state { true } else { false }
        }
        if isReady { return }
        let waiterID = nextWaiterID.add(1, ordering: .relaxed).newValue
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (waiter: Waiter) in
                let settled: Result<Void, any Error>? = state.withLock { state in
                    switch state {
                    case .ready: return .success(())
                    case .failed(let error): return .failure(error)
                    case .waiting(var waiters):
                        if Task.isCancelled { return .failure(CancellationError()) }
                        waiters[waiterID] = waiter
                        state = .waiting(waiters)
                        return nil
                    }
                }
                if let settled { waiter.resume(with: settled) }
            }
        } onCancel: {
            let waiter: Waiter? = state.withLock { state in
                guard case .waiting(var waiters) = state, let waiter = waiters.removeValue(forKey: waiterID) else {
                    return nil
                }
                state = .waiting(waiters)
                return waiter
            }
            waiter?.resume(throwing: CancellationError())
        }
    }

    /// Lets every current and future waiter through.
    func markReady() {
        settle(.success(()))
    }

    /// Fails every current and future waiter with `error`.
    func markFailed(_ error: any Error) {
        settle(.failure(error))
    }

    private func settle(_ result: Result<Void, any Error>) {
        let waiters: [Waiter] = state.withLock { state in
            defer {
                switch result {
                case .success: state = .ready
                case .failure(let error): state = .failed(error)
                }
            }
            guard case .waiting(let waiters) = state else { return [] }
            return Array(waiters.values)
        }
        for waiter in waiters { waiter.resume(with: result) }
    }
}
