import Synchronization

/// Everything the run observed, behind a mutex: each request's kind, timing and outcome, and the
/// customer-service texts the bot owes (each must reach the fake exactly once).
final class RunLedger: Sendable {
    /// What a request carried.
    enum Kind: String, Sendable, CaseIterable {
        /// Any other text; the bot echoes it (passively, or late when the deadline passes first).
        case echo
        /// `slow:<id>`, answered late with `late:<id>`; delivered twice.
        case slow
        /// `QUERY_AUTH_CODE:<code>` to the release-test account; delivered twice.
        case releaseTest
    }

    /// How a request ended.
    enum Outcome: Sendable, Hashable {
        /// An HTTP answer: its status and what the body was.
        case answered(status: Int, body: Body)
        /// No HTTP answer (connection refused, reset, timeout).
        case transportError(String)
    }

    /// What an HTTP 200 body said.
    enum Body: Sendable, Hashable {
        /// An encrypted reply holding the expected text.
        case expectedReply
        /// An encrypted reply with another text, or an unreadable one.
        case wrongReply
        /// `success`.
        case success
        /// A zero-length body.
        case empty
        /// Anything else (an error page, a non-200 body).
        case other
    }

    /// One request as the driver saw it.
    struct Request: Sendable {
        var kind: Kind
        var started: ContinuousClock.Instant
        var ended: ContinuousClock.Instant
        var outcome: Outcome
    }

    private struct State {
        var requests: [Request] = []
        var owedTexts: [String: Kind] = [:]
        var events: [(ContinuousClock.Instant, String)] = []
        var outage: (start: ContinuousClock.Instant, end: ContinuousClock.Instant?)?
    }

    private let state = Mutex(State())

    /// Records one request.
    func record(_ request: Request) {
        state.withLock { $0.requests.append(request) }
    }

    /// Notes that the bot owes exactly one customer-service message with `text`.
    func owe(_ text: String, for kind: Kind) {
        state.withLock { $0.owedTexts[text] = kind }
    }

    /// Notes a fault or restart step for the timeline (and prints it to standard error, for the log).
    func note(_ event: String, at instant: ContinuousClock.Instant = .now) {
        state.withLock { $0.events.append((instant, event)) }
        FaultRun.progress(event)
    }

    /// Marks the start and end of the PostgreSQL outage.
    func outageStarted(at instant: ContinuousClock.Instant) {
        state.withLock { $0.outage = (instant, nil) }
    }

    /// Marks PostgreSQL accepting connections again.
    func outageEnded(at instant: ContinuousClock.Instant) {
        state.withLock { $0.outage?.end = instant }
    }

    var requests: [Request] { state.withLock { $0.requests } }
    var owedTexts: [String: Kind] { state.withLock { $0.owedTexts } }
    var events: [(ContinuousClock.Instant, String)] { state.withLock { $0.events } }
    var outage: (start: ContinuousClock.Instant, end: ContinuousClock.Instant?)? { state.withLock { $0.outage } }
}
