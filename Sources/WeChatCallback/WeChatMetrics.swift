public import CoreMetrics
import Metrics

/// The endpoints' metrics, written to a metrics factory passed in (so tests need no global bootstrap):
/// requests by route and outcome, pipeline latency, de-duplication hits, deadline misses and late replies.
public struct WeChatMetrics: Sendable {
    private let factory: (any MetricsFactory)?

    /// Metrics written to `factory`, e.g. a `PrometheusMetricsFactory` whose registry `/metrics` serves.
    public init(factory: any MetricsFactory) {
        self.factory = factory
    }

    private init() {
        factory = nil
    }

    /// Metrics that go nowhere.
    public static let disabled = WeChatMetrics()

    /// Counts one answered request (`wechat_requests_total{route, outcome}`).
    func recordRequest(route: String, outcome: String) {
        guard let factory else { return }
        Counter(label: "wechat_requests_total", dimensions: [("route", route), ("outcome", outcome)], factory: factory)
            .increment()
    }

    /// Records how long the bot pipeline took (`wechat_pipeline_duration_seconds`).
    func recordPipeline(_ duration: Duration) {
        guard let factory else { return }
        Timer(label: "wechat_pipeline_duration_seconds", factory: factory).record(duration: duration)
    }

    /// Counts a WeChat retry answered from the de-duplication store (`wechat_deduplication_hits_total`).
    func recordDeduplicationHit() {
        count("wechat_deduplication_hits_total")
    }

    /// Counts a message answered `success` at the deadline (`wechat_deadline_misses_total`).
    func recordDeadlineMiss() {
        count("wechat_deadline_misses_total")
    }

    /// Counts a late reply delivered through the customer-service API (`wechat_late_replies_sent_total`).
    func recordLateReplySent() {
        count("wechat_late_replies_sent_total")
    }

    private func count(_ label: String) {
        guard let factory else { return }
        Counter(label: label, factory: factory).increment()
    }
}
