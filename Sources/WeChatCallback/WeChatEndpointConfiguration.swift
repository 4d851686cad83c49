public import Logging

/// How the WeChat endpoints answer: the reply deadline, the body limit, the freshness window, logging and
/// metrics.
public struct WeChatEndpointConfiguration: Sendable {
    /// How long a message may take before the endpoint answers `success` and sends the reply later through
    /// the customer-service API; below WeChat's 5 s so the answer arrives in time
    /// (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html).
    public var replyDeadline: Duration
    /// The largest request body read; larger bodies are answered 413.
    public var maximumBodyBytes: Int
    /// How far a request's `timestamp` may be from this machine's clock before the request is refused as stale
    /// (WeChat signs each push with the time it is sent and retries within about 15 s; the rest is clock
    /// skew); `nil` accepts any timestamp. A signed request replayed later is refused, and one replayed within
    /// the window is recognised by ``CallbackEndpoint`` and not handled twice.
    public var timestampWindow: Duration?
    /// Where request lines go (request id, account, message kind, outcome, latency; never a secret).
    public var logger: Logger
    /// Counters and the latency histogram.
    public var metrics: WeChatMetrics
    /// Whether a failed late-reply send is final rather than retried (``WeChatBot/RetryPolicy/default``):
    /// WeChat's own refusals, which the API client already retried and whose repetition could duplicate the
    /// reply. `WeChatHummingbird` sets it to recognise `WeChatAPIError`; by default every error is retried.
    public var isFinalSendError: @Sendable (any Error) -> Bool
    /// The wall clock in Unix seconds, for the timestamp window and replies' `CreateTime` (a fixed one in tests).
    public var unixTime: @Sendable () -> Int64

    /// Creates a configuration: 4.5 s deadline, 1 MiB bodies, ±5 min timestamps, metrics off unless given.
    public init(
        replyDeadline: Duration = .milliseconds(4500),
        maximumBodyBytes: Int = 1 << 20,
        timestampWindow: Duration? = .seconds(300),
        logger: Logger = Logger(label: "WeChatHummingbird"),
        metrics: WeChatMetrics = .disabled,
        isFinalSendError: @escaping @Sendable (any Error) -> Bool = { _ in false },
        unixTime: (@Sendable () -> Int64)? = nil
    ) {
        self.replyDeadline = replyDeadline
        self.maximumBodyBytes = maximumBodyBytes
        self.timestampWindow = timestampWindow
        self.logger = logger
        self.metrics = metrics
        self.isFinalSendError = isFinalSendError
        self.unixTime = unixTime ?? { UnixTime.now() }
    }
}
