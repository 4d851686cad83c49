import Synchronization

/// Counts attempts at an operation and fails the first few of them on purpose.
final class FailureBudget: Sendable {
    private let state: Mutex<(attempts: Int, failuresLeft: Int)>
    private let operation: String

    init(operation: String, failures: Int) {
        self.operation = operation
        state = Mutex((attempts: 0, failuresLeft: max(0, failures)))
    }

    /// Every attempt so far, failed or not.
    var attempts: Int {
        state.withLock { $0.attempts }
    }

    /// Records an attempt; throws while failures are left.
    func attempt() throws(BotTestingError) {
        let fails = state.withLock { state in
            state.attempts += 1
            guard state.failuresLeft > 0 else { return false }
            state.failuresLeft -= 1
            return true
        }
        if fails { throw .injectedFailure(operation) }
    }
}
