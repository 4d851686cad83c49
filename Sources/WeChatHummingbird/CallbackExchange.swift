import Hummingbird
import Logging
import NIOCore

/// The HTTP side of every WeChat endpoint: reads the query and a size-capped body, runs the endpoint, and
/// writes, logs and counts the answer. Nothing a client sends produces a 5xx.
struct CallbackExchange: Sendable {
    /// The route label for logs and metrics, e.g. `/wechat`.
    let route: String
    let configuration: WeChatEndpointConfiguration

    /// Answers a request without a body (verification GET).
    func respond(
        to request: Request,
        context: some RequestContext,
        account: String?,
        _ endpoint: (CallbackQuery, inout RequestLog) async -> CallbackResponse
    ) async -> Response {
        await exchange(request, context: context, account: account) { query, _, log in
            await endpoint(query, &log)
        }
    }

    /// Answers a request with a body (message POST); bodies over the limit are answered 413 unread.
    func respondWithBody(
        to request: Request,
        context: some RequestContext,
        account: String?,
        _ endpoint: (CallbackQuery, [UInt8], inout RequestLog) async -> CallbackResponse
    ) async -> Response {
        await exchange(request, context: context, account: account) { query, _, log in
            switch await readBody(of: request) {
            case .some(let body): await endpoint(query, body, &log)
            case .none: .tooLarge
            }
        }
    }

    private func exchange(
        _ request: Request,
        context: some RequestContext,
        account: String?,
        _ endpoint: (CallbackQuery, Request, inout RequestLog) async -> CallbackResponse
    ) async -> Response {
        let clock = ContinuousClock()
        let started = clock.now
        var log = RequestLog(
            logger: configuration.logger,
            requestID: context.logger[metadataKey: "hb.request.id"],
            route: route,
            account: account
        )
        let answer = await endpoint(CallbackQuery(request.uri.queryParameters), request, &log)
        let latency = clock.now - started
        configuration.metrics.recordRequest(route: route, outcome: answer.outcome)
        log.log(
            .debug,
            "answered",
            metadata: [
                "outcome": "\(answer.outcome)",
                "status": "\(answer.status)",
                "latency_ms":
                    "\(latency.components.seconds * 1000 + latency.components.attoseconds / 1_000_000_000_000_000)",
            ]
        )
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            // nosniff: the URL check echoes the caller's `echostr`, which a browser must never run as HTML.
            headers: [
                .contentType: answer.isXML ? "application/xml; charset=utf-8" : "text/plain; charset=utf-8",
                .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body))
        )
    }

    /// The body, or `nil` when it is larger than the limit: refused by `Content-Length` before reading, and
    /// by counting while streaming otherwise. A body that breaks off reads as empty (and fails parsing).
    private func readBody(of request: Request) async -> [UInt8]? {
        let limit = configuration.maximumBodyBytes
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit { return nil }
        var body: [UInt8] = []
        do {
            for try await buffer in request.body {
                guard body.count + buffer.readableBytes <= limit else { return nil }
                body.append(contentsOf: buffer.readableBytesView)
            }
        } catch {
            return []
        }
        return body
    }
}
