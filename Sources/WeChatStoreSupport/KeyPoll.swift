/// One look at a key another instance is working on: still pending, or resolved with a value (`nil`: gone).
///
/// ``poll(every:timeout:_:)`` turns repeated looks into a wait; the database stores use it for
/// `awaitOutcome`, where the first copy of a message may be handled by another process.
package enum KeyPoll<Value: Sendable>: Sendable {
    /// Still being worked on; look again later.
    case pending
    /// Done: the value, or `nil` when the key went away.
    case resolved(Value?)

    /// Calls `look` every `interval` until it resolves or `timeout` passes (then `nil`).
    /// Cancellation ends the wait with `CancellationError`.
    package static func poll(
        every interval: Duration,
        timeout: Duration,
        isolation: isolated (any Actor)? = #isolation,
        _ look: () async throws -> KeyPoll<Value>
    ) async throws -> Value? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if case .resolved(let value) = try await look() { return value }
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { return nil }
            try await clock.sleep(for: min(interval, remaining))
        }
    }
}
