/// Reads a `Clock<Duration>` as time elapsed since the reading was created, and sleeps on it.
///
/// The in-memory stores keep expiry times as plain `Duration`s so they can take any clock (a fake one in tests)
/// without becoming generic.
struct ElapsedTime: Sendable {
    private let read: @Sendable () -> Duration
    private let sleeper: @Sendable (Duration) async throws -> Void

    init(_ clock: any Clock<Duration>) {
        self.init(opening: clock)
    }

    private init<C: Clock<Duration>>(opening clock: C) {
        let origin = clock.now
        read = { origin.duration(to: clock.now) }
        sleeper = { try await clock.sleep(for: $0) }
    }

    /// Time elapsed since this reading was created.
    var now: Duration { read() }

    /// Sleeps on the underlying clock; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws {
        try await sleeper(duration)
    }
}
