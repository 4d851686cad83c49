import AsyncHTTPClient
import Foundation
import Logging
import CoreMetrics
import NIOCore
import NIOHTTP1

extension WeChatAPIClient {
    /// Calls one endpoint that needs no access token: `path` below the base URL, `query` in the given order,
    /// `body` as JSON. Retries transient failures (WeChat's `-1` only when `retriesBusy`: a call carrying a
    /// one-time code sets it `false`, as WeChat may answer `-1` to a code it refuses); turns a non-zero
    /// `errcode` into ``WeChatAPIError``.
    func call<Response: Decodable>(
        _ method: WeChatAPIRequest.Method,
        _ path: String,
        query: [(String, String)] = [],
        body: (any Encodable)? = nil,
        retriesBusy: Bool = true,
        as response: Response.Type = Response.self
    ) async throws -> Response {
        let payload: WeChatAPIRequest.Body = try body.map { .json(try WeChatJSON.encode($0)) } ?? .none
        let request = WeChatAPIRequest(method, path, query: query, body: payload, authentication: .none)
        return try await perform(request, retriesBusy: retriesBusy).decode(as: Response.self)
    }

    /// Sends `request` as is (its query already carries any token): retries transient failures with
    /// back-off, counts the call in metrics, and throws `WeChatAPIError` for a non-zero `errcode`.
    public func perform(_ request: WeChatAPIRequest) async throws -> WeChatAPIResponse {
        try await perform(request, retriesBusy: true)
    }

    /// ``perform(_:)``, retrying WeChat's `-1` only when `retriesBusy` (broken connections and HTTP 5xx always).
    func perform(_ request: WeChatAPIRequest, retriesBusy: Bool) async throws -> WeChatAPIResponse {
        let url = configuration.baseURL + "/" + request.path + QueryEncoding.queryString(request.query)
        let loggedURL = "/" + request.path + QueryString.redacted(request.query)
        var attempt = 1
        while true {
            do {
                let response = try await send(request, url: url, loggedURL: loggedURL)
                if response.isJSON, let status = WeChatJSON.status(of: response.body) {
                    count(request.path, errcode: status.errcode ?? 0)
                    try status.check()
                } else {
                    count(request.path, errcode: 0)
                }
                return response
            } catch let error as WeChatAPIError
                where error.isTransient && (retriesBusy || error.errcode == nil)
                && attempt < configuration.retry.maxAttempts
            {
                if error.errcode == nil { count(request.path, errcode: nil) }
                let pause = configuration.retry.backoff(afterAttempt: attempt)
                logger.warning(
                    "WeChat API call failed, retrying",
                    metadata: ["url": "\(loggedURL)", "error": "\(error)", "attempt": "\(attempt)"]
                )
                try await Task.sleep(for: pause)
                attempt += 1
            } catch let error as WeChatAPIError where error.errcode == nil {
                count(request.path, errcode: nil)
                throw error
            }
        }
    }

    /// Counts one answered call by endpoint and errcode (`transport` when WeChat did not answer).
    private func count(_ path: String, errcode: Int?) {
        Counter(
            label: "wechat_api_calls_total",
            dimensions: [("endpoint", path), ("errcode", errcode.map(String.init) ?? "transport")],
            factory: configuration.metricsFactory ?? MetricsSystem.factory
        ).increment()
    }

    private func send(_ request: WeChatAPIRequest, url: String, loggedURL: String) async throws -> WeChatAPIResponse {
        let method = HTTPMethod(rawValue: request.method.rawValue)
        logger.debug("WeChat API call", metadata: ["method": "\(request.method.rawValue)", "url": "\(loggedURL)"])
        do {
            switch request.body {
            case .none:
                return try await execute(HTTPClientRequest(url: url, method: method), limit: request.maxResponseBytes)
            case .json(let bytes):
                var outgoing = HTTPClientRequest(url: url, method: method)
                outgoing.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
                outgoing.body = .bytes(ByteBuffer(bytes: bytes))
                return try await execute(outgoing, limit: request.maxResponseBytes)
            case .upload(let upload):
                return try await MultipartUploadBody.withBody(of: upload) { contentType, body in
                    var outgoing = HTTPClientRequest(url: url, method: method)
                    outgoing.headers.add(name: "Content-Type", value: contentType)
                    outgoing.body = body
                    return try await execute(outgoing, limit: request.maxResponseBytes)
                }
            }
        } catch let error as HTTPClientError where error == .deadlineExceeded {
            throw WeChatAPIError.timeout
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as NIOTooManyBytesError {
            throw WeChatAPIError.invalidResponse(
                "body larger than \(error.maxBytes ?? request.maxResponseBytes ?? configuration.maxResponseBytes) bytes")
        } catch let error as WeChatAPIError {
            throw error
        } catch let error as HTTPClientError {
            throw WeChatAPIError.transport("\(error)")
        } catch {
            throw WeChatAPIError.transport(String(describing: type(of: error)))
        }
    }

    private func execute(_ request: HTTPClientRequest, limit: Int?) async throws -> WeChatAPIResponse {
        let response = try await httpClient.execute(
            request, timeout: configuration.timeout.timeAmount, logger: transportLogger)
        let bytes = try await response.body.collect(upTo: max(limit ?? 0, configuration.maxResponseBytes))
        guard (200...299).contains(response.status.code) else {
            throw WeChatAPIError.httpStatus(Int(response.status.code))
        }
        return WeChatAPIResponse(
            contentType: response.headers.first(name: "Content-Type"), body: Array(bytes.readableBytesView))
    }
}

extension WeChatAPIClient {
    /// The logger handed to async-http-client: ours, but never below `debug`. At `trace` the client logs every
    /// HTTP part, the request line with its `access_token` and a hex dump of the first and last 32 bytes of each
    /// response body (token fragments); our own lines redact both.
    var transportLogger: Logger {
        var transport = logger
        if transport.logLevel < .debug { transport.logLevel = .debug }
        return transport
    }
}

extension HTTPClientRequest {
    /// A request to `url` with `method`.
    fileprivate init(url: String, method: HTTPMethod) {
        self.init(url: url)
        self.method = method
    }
}

extension Duration {
    /// The same span as a NIO `TimeAmount`.
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
