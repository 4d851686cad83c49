import Foundation
import Hummingbird

extension FakeWeChatAPI {
    /// What an endpoint handler sees of a request.
    struct Incoming {
        var query: [String: String]
        var body: JSONValue
        var configuration: Configuration

        /// A body member as a string (numbers too), or `nil`.
        func string(_ name: String) -> String? {
            switch body[name] {
            case .string(let value): value
            case .int(let value): String(value)
            default: nil
            }
        }
    }

    /// Answers one request: injected fault or endpoint, then records the call.
    static func respond(to request: Request, configuration: Configuration, state: LockedState) async -> Response {
        let path = request.uri.path
        let query = request.uri.queryParameters.map {
            RecordedCall.QueryItem(name: String($0.key), value: String($0.value))
        }
        let method = request.method.rawValue
        let bytes = try? await request.body.collect(upTo: 1 << 20)
        let body = bytes.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.readableBytesView)) }
        let fault = state.withLock { $0.takeFault(for: path) }
        if case .delay(let pause)? = fault { try? await Task.sleep(for: pause) }
        let (status, answer): (Int, JSONValue?) = state.withLock { state in
            let (status, answer): (Int, JSONValue?) = Self.answer(
                path: path, method: method, fault: fault, body: body,
                query: Dictionary(query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
                configuration: configuration, state: &state
            )
            state.calls.append(
                RecordedCall(
                    method: method, path: path, query: query, body: body, status: status,
                    errcode: answer?["errcode"]?.intValue ?? 0
                ))
            return (status, answer)
        }
        guard let answer, let data = try? JSONEncoder().encode(answer) else {
            return Response(status: .init(code: status))
        }
        return Response(
            status: .init(code: status), headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    private static func answer(
        path: String, method: String, fault: FakeFault?, body: JSONValue?, query: [String: String],
        configuration: Configuration, state: inout State
    ) -> (Int, JSONValue?) {
        switch fault {
        case .httpStatus(let status)?: return (status, nil)
        case .systemBusy?: return (200, State.error(-1, "system error"))
        case .errcode(let code)?: return (200, State.error(code, "injected fault"))
        case .delay?, nil: break
        }
        guard let endpoint = endpoints[path] else { return (404, nil) }
        guard endpoint.method == method else { return (405, nil) }
        if method == "POST", body?.objectValue == nil { return (200, State.error(47001, "data format error")) }
        let incoming = Incoming(query: query, body: body ?? [:], configuration: configuration)
        return (200, endpoint.handle(&state, incoming))
    }
}
