public import CoreMetrics
import Metrics
import Synchronization

/// The endpoints' metrics, written to a metrics factory passed in (so tests need no global bootstrap):
/// requests by route and outcome, pipeline latency, de-duplication hits, deadline misses and late replies.
///
/// Each metric handle is made once and reused: making a `Counter` looks its label and dimensions up in the
/// factory, which would otherwise cost every request a lock, a lookup and a few allocations.
public struct WeChatMetrics: Sendable {
    /// The metric handles of one factory.
    private final class Instruments: Sendable {
        let factory: any MetricsFactory
        let pipeline: Timer
        let deduplicationHits: Counter
        let deadlineMisses: Counter
        let lateRepliesSent: Counter
        /// `wechat_requests_total` by route and outcome, made on first use.
        let requests = Mutex<[RequestKey: Counter]>([:])

        init(factory: any MetricsFactory) {
            self.factory = factory
            pipeline = Timer(label: "wechat_pipeline_duration_seconds", factory: factory)
            deduplicationHits = Counter(label: "wechat_deduplication_hits_total", factory: factory)
            deadlineMisses = Counter(label: "wechat_deadline_misses_total", factory: factory)
            lateRepliesSent = Counter(label: "wechat_late_replies_sent_total", factory: factory)
        }
    }

    private struct RequestKey: Hashable {
        var route: String
        var outcome: String
    }

    private let instruments: Instruments?

    /// Metrics written to `factory`, e.g. a `PrometheusMetricsFactory` whose registry `/metrics` serves.
    public init(factory: any MetricsFactory) {
        instruments = Instruments(factory: factory)
    }

    private init() {
        instruments = nil
    }

    /// Metrics that go nowhere.
    public static let disabled = WeChatMetrics()

    /// Counts one answered request (`wechat_requests_total{route, outcome}`).
    func recordRequest(route: String, outcome: String) {
        guard let instruments else { return }
        let key = RequestKey(route: route, outcome: outcome)
        let counter = instruments.requests.withLock { counters in
            if let counter = counters[key] { return counter }
            let counter = Counter(
                label: "wechat_requests_total", dimensions: [("route", route), ("outcome", outcome)],
                factory: instruments.factory)
            counters[key] = counter
            return counter
        }
        counter.increment()
    }

    /// Records how long the bot pipeline took (`wechat_pipeline_duration_seconds`).
    func recordPipeline(_ duration: Duration) {
        instruments?.pipeline.record(duration: duration)
    }

    /// Counts a WeChat retry answered from the de-duplication store (`wechat_deduplication_hits_total`).
    func recordDeduplicationHit() {
        instruments?.deduplicationHits.increment()
    }

    /// Counts a message answered `success` at the deadline (`wechat_deadline_misses_total`).
    func recordDeadlineMiss() {
        instruments?.deadlineMisses.increment()
    }

    /// Counts a late reply delivered through the customer-service API (`wechat_late_replies_sent_total`).
    func recordLateReplySent() {
        instruments?.lateRepliesSent.increment()
    }
}
