/// How often and how patiently background work retries a failing step: a bounded number of attempts with
/// exponential back-off between them.
public struct RetryPolicy: Sendable, Hashable {
    /// The total number of attempts, at least 1.
    public var maxAttempts: Int
    /// The pause after the first failure.
    public var initialDelay: Duration
    /// The factor each later pause grows by.
    public var multiplier: Int
    /// The longest pause.
    public var maxDelay: Duration

    /// Creates a policy; `maxAttempts` below 1 counts as 1.
    public init(maxAttempts: Int, initialDelay: Duration, multiplier: Int = 2, maxDelay: Duration = .seconds(30)) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialDelay = initialDelay
        self.multiplier = max(1, multiplier)
        self.maxDelay = maxDelay
    }

    /// Five attempts, 200 ms then doubling: about three seconds in all, inside the release test's patience.
    public static let `default` = RetryPolicy(maxAttempts: 5, initialDelay: .milliseconds(200))

    /// The pause after the failed attempt number `attempt` (1-based).
    public func delay(afterAttempt attempt: Int) -> Duration {
        var delay = initialDelay
        for _ in 1..<max(1, attempt) {
            delay = min(delay * multiplier, maxDelay)
        }
        return min(delay, maxDelay)
    }

    /// Runs `operation` until it succeeds or the attempts are used up, sleeping on `clock` between attempts.
    ///
    /// `onFailure` hears every failed attempt (for logging). Cancellation stops the retries and is rethrown.
    func run<Value>(
        clock: ElapsedTime,
        onFailure: (_ attempt: Int, _ error: any Error) -> Void,
        _ operation: () async throws -> Value
    ) async throws -> Value {
        var attempt = 1
        while true {
            do {
                return try await operation()
            } catch {
                onFailure(attempt, error)
                guard attempt < maxAttempts, !(error is CancellationError) else { throw error }
                try await clock.sleep(for: delay(afterAttempt: attempt))
                attempt += 1
            }
        }
    }
}
