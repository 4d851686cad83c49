import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

extension WeChatAPIClient {
    /// Calls one endpoint: `path` below the base URL, `query` in the given order, `body` as JSON.
    /// Retries transient failures (WeChat's `-1` only when `retriesBusy`: a call carrying a one-time code
    /// sets it `false`, as WeChat may answer `-1` to a code it refuses); turns a non-zero `errcode` into
    /// ``WeChatAPIError``.
    func call<Response: Decodable>(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String)] = [],
        body: (any Encodable)? = nil,
        retriesBusy: Bool = true,
        as response: Response.Type = Response.self
    ) async throws -> Response {
        let url = configuration.baseURL + "/" + path + QueryString.encode(query)
        let loggedURL = "/" + path + QueryString.redacted(query)
        let payload = try body.map { try JSONEncoder().encode($0) }
        var attempt = 1
        while true {
            do {
                let data = try await send(method, url: url, loggedURL: loggedURL, body: payload)
                return try Self.decode(Response.self, from: data)
            } catch let error as WeChatAPIError
                where error.isTransient && (retriesBusy || error.errcode == nil)
                && attempt < configuration.retry.maxAttempts
            {
                let pause = configuration.retry.backoff(afterAttempt: attempt)
                logger.warning(
                    "WeChat API call failed, retrying",
                    metadata: ["url": "\(loggedURL)", "error": "\(error)", "attempt": "\(attempt)"]
                )
                try await Task.sleep(for: pause)
                attempt += 1
            }
        }
    }

    private func send(_ method: HTTPMethod, url: String, loggedURL: String, body: Data?) async throws -> Data {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        logger.debug("WeChat API call", metadata: ["method": "\(method.rawValue)", "url": "\(loggedURL)"])
        let response: HTTPClientResponse
        let bytes: ByteBuffer
        do {
            response = try await httpClient.execute(
                request, timeout: configuration.timeout.timeAmount, logger: transportLogger)
            bytes = try await response.body.collect(upTo: configuration.maxResponseBytes)
        } catch let error as HTTPClientError where error == .deadlineExceeded {
            throw WeChatAPIError.timeout
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as NIOTooManyBytesError {
            throw WeChatAPIError.invalidResponse(
                "body larger than \(error.maxBytes ?? configuration.maxResponseBytes) bytes")
        } catch let error as HTTPClientError {
            throw WeChatAPIError.transport("\(error)")
        } catch {
            throw WeChatAPIError.transport(String(describing: type(of: error)))
        }
        guard (200...299).contains(response.status.code) else {
            throw WeChatAPIError.httpStatus(Int(response.status.code))
        }
        return Data(bytes.readableBytesView)
    }

    /// The logger handed to async-http-client: ours, but never below `debug`. At `trace` the client logs every
    /// HTTP part, the request line with its `access_token` and a hex dump of the first and last 32 bytes of each
    /// response body (token fragments); our own lines redact both.
    var transportLogger: Logger {
        var transport = logger
        if transport.logLevel < .debug { transport.logLevel = .debug }
        return transport
    }

    /// Decodes a WeChat JSON answer: a non-zero `errcode` is an error, anything else must be `Response`.
    static func decode<Response: Decodable>(_ type: Response.Type, from data: Data) throws -> Response {
        let decoder = JSONDecoder()
        guard let status = try? decoder.decode(ResponseStatus.self, from: data) else {
            throw WeChatAPIError.invalidResponse("not a JSON object")
        }
        if let code = status.errcode, code != 0 {
            throw WeChatAPIError.weChat(code: code, message: status.errmsg ?? "")
        }
        do {
            return try decoder.decode(Response.self, from: data)
        } catch let error as DecodingError {
            throw WeChatAPIError.invalidResponse("\(Response.self): \(error.reason)")
        }
    }
}

/// The `errcode`/`errmsg` pair every WeChat answer may carry.
struct ResponseStatus: Decodable {
    var errcode: Int?
    var errmsg: String?
}

extension DecodingError {
    /// What went wrong and where, without the offending value.
    var reason: String {
        switch self {
        case .keyNotFound(let key, let context): "missing \(Self.path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "unexpected value at \(Self.path(context.codingPath))"
        @unknown default: "undecodable"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}

extension Duration {
    /// The same span as a NIO `TimeAmount`.
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
