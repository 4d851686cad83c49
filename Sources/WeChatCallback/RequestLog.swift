import Logging

/// The log of one callback request: the endpoint's logger and the request's fields (request id, route,
/// account, message kind), attached only to lines that are written.
///
/// Setting metadata on a `Logger` makes some handlers (e.g. `StreamLogHandler`) re-format all of it at once;
/// a request that logs nothing at the configured level pays nothing for its fields here.
struct RequestLog: Sendable {
    private let logger: Logger
    /// The transport's id for the request, if it gave one.
    let requestID: String?
    private let route: String
    /// The account the request is for, when known (appid or component appid).
    var account: String?
    /// What the request carries, e.g. `text` or `event/subscribe`, once decoded.
    var kind: String?

    /// A log for one request on `route`, with the id the transport gave it.
    init(logger: Logger, requestID: String?, route: String, account: String?) {
        self.logger = logger
        self.requestID = requestID
        self.route = route
        self.account = account
    }

    /// Writes `message` at `level` with the request's fields and `metadata`, if `level` is enabled.
    func log(
        _ level: Logger.Level,
        _ message: @autoclosure () -> Logger.Message,
        metadata: @autoclosure () -> Logger.Metadata = [:]
    ) {
        logger.log(level: level, message(), metadata: fields.merging(metadata()) { _, extra in extra })
    }

    /// The request's fields as metadata.
    private var fields: Logger.Metadata {
        var fields: Logger.Metadata = ["route": "\(route)"]
        if let requestID { fields["request_id"] = "\(requestID)" }
        if let account { fields["account"] = "\(account)" }
        if let kind { fields["kind"] = "\(kind)" }
        return fields
    }
}
