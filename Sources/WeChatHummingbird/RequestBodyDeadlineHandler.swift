import Logging
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request body does not arrive in full within `timeout` of its head.
///
/// Hummingbird's idle timeout closes a connection that sends nothing for a while; a client that sends its
/// body a byte at a time never goes idle, so this deadline covers the whole body instead. The connection is
/// closed rather than answered `408`: the handler waiting for the body owns the response, and a second answer
/// on the same connection would corrupt it.
final class RequestBodyDeadlineHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let timeout: TimeAmount
    private let logger: Logger
    private var deadline: Scheduled<Void>?

    /// A handler giving each request body `timeout` to arrive.
    init(timeout: TimeAmount, logger: Logger) {
        self.timeout = timeout
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            deadline?.cancel()
            deadline = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [logger, timeout] in
                logger.notice(
                    "request body not received in time; closing the connection",
                    metadata: ["timeout": "\(timeout.nanoseconds / 1_000_000) ms"])
                context.close(promise: nil)
            }
        case .body:
            break
        case .end:
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }
}

@available(*, unavailable)
extension RequestBodyDeadlineHandler: Sendable {}
