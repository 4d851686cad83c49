import Synchronization

/// Decides when a store sweeps expired rows: at most once per interval, on the first write that finds a
/// sweep due, so no background timer is needed and writes rarely pay for it.
package final class PurgeSchedule: Sendable {
    private let interval: Duration
    private let clock = ContinuousClock()
    private let nextPurge: Mutex<ContinuousClock.Instant>

    /// A schedule whose first sweep is due at once.
    package init(interval: Duration) {
        self.interval = interval
        nextPurge = Mutex(clock.now)
    }

    /// Whether a sweep is due now; answering `true` books the next one an interval later, so concurrent
    /// callers see `true` only once per interval.
    package func claimDuePurge() -> Bool {
        let now = clock.now
        return nextPurge.withLock { next in
            guard now >= next else { return false }
            next = now.advanced(by: interval)
            return true
        }
    }
}
