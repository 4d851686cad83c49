public import Logging

/// How the WeChat endpoints answer: the reply deadline, the body limit, logging and metrics.
public struct WeChatEndpointConfiguration: Sendable {
    /// How long a message may take before the endpoint answers `success` and sends the reply later through
    /// the customer-service API; below WeChat's 5 s so the answer arrives in time (PROTOCOL.md §5).
    public var replyDeadline: Duration
    /// The largest request body read; larger bodies are answered 413 (PROTOCOL.md §9.11).
    public var maximumBodyBytes: Int
    /// Where request lines go (request id, account, message kind, outcome, latency; never a secret).
    public var logger: Logger
    /// Counters and the latency histogram.
    public var metrics: WeChatMetrics

    /// Creates a configuration: 4.5 s deadline, 1 MiB bodies, metrics off unless given.
    public init(
        replyDeadline: Duration = .milliseconds(4500),
        maximumBodyBytes: Int = 1 << 20,
        logger: Logger = Logger(label: "WeChatHummingbird"),
        metrics: WeChatMetrics = .disabled
    ) {
        self.replyDeadline = replyDeadline
        self.maximumBodyBytes = maximumBodyBytes
        self.logger = logger
        self.metrics = metrics
    }
}
