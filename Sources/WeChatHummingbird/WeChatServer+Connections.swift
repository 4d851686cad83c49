import HummingbirdCore
import Logging
import NIOCore

extension WeChatServer {
    /// How the server treats connections, and where health and metrics are served.
    public struct Connections: Sendable {
        /// A connection that sends nothing (not even the rest of its headers) for this long is closed; so is a
        /// keep-alive connection idle this long between requests.
        public var idleTimeout: Duration
        /// A request's whole body must arrive within this time of its head, else the connection is closed (a
        /// client trickling bytes never goes idle).
        public var bodyReadTimeout: Duration
        /// The health check's path (answers `ok`).
        public var healthPath: String
        /// The Prometheus metrics' path.
        public var metricsPath: String
        /// The address of the admin listener, when ``adminPort`` is set.
        public var adminHost: String
        /// A separate listener for health and metrics (0 picks a free port); `nil` serves them on the main
        /// listener next to the callback URLs.
        public var adminPort: Int?

        /// Connections idle 30 s are closed, bodies must arrive within 10 s; `/healthz` and `/metrics` on the
        /// main listener unless an admin port is given.
        public init(
            idleTimeout: Duration = .seconds(30),
            bodyReadTimeout: Duration = .seconds(10),
            healthPath: String = "/healthz",
            metricsPath: String = "/metrics",
            adminHost: String = "127.0.0.1",
            adminPort: Int? = nil
        ) {
            self.idleTimeout = idleTimeout
            self.bodyReadTimeout = bodyReadTimeout
            self.healthPath = healthPath
            self.metricsPath = metricsPath
            self.adminHost = adminHost
            self.adminPort = adminPort
        }

        /// An HTTP/1 server with the idle timeout and the body-read deadline.
        func server(logger: Logger) -> HTTPServerBuilder {
            let bodyDeadline = TimeAmount.nanoseconds(Int64(bodyReadTimeout / .nanoseconds(1)))
            return .http1(
                configuration: .init(
                    additionalChannelHandlers: [RequestBodyDeadlineHandler(timeout: bodyDeadline, logger: logger)],
                    idleTimeout: .nanoseconds(Int64(idleTimeout / .nanoseconds(1)))
                ))
        }
    }
}
