import Foundation
import Hummingbird
import MultipartKit

extension FakeWeChatAPI {
    /// A file part of an upload the fake received.
    struct Upload {
        var fields: [String: String]
        var fileField: String?
        var fileName: String?
        var contentType: String?
        var bytes: [UInt8]
    }

    /// What an endpoint handler sees of a request.
    struct Incoming {
        var query: [String: String]
        var body: JSONValue
        var upload: Upload?
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

    /// What an endpoint answers: JSON, or a file (media downloads).
    enum Answer {
        case json(JSONValue)
        case file(contentType: String, bytes: [UInt8])
    }

    /// The largest request body the fake reads (a 10 MB upload and its framing).
    static let maxRequestBytes = 12 << 20

    /// Answers one request: injected fault or endpoint, then records the call.
    static func respond(to request: Request, configuration: Configuration, state: LockedState) async -> Response {
        let path = request.uri.path
        let query = request.uri.queryParameters.map {
            RecordedCall.QueryItem(name: String($0.key), value: String($0.value))
        }
        let method = request.method.rawValue
        let bytes = try? await request.body.collect(upTo: maxRequestBytes)
        let contentType = request.headers[.contentType] ?? ""
        let upload = bytes.flatMap { Self.upload(from: Array($0.readableBytesView), contentType: contentType) }
        let body =
            upload == nil
            ? bytes.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.readableBytesView)) } : nil
        let fault = state.withLock { $0.takeFault(for: path) }
        if case .delay(let pause)? = fault { try? await Task.sleep(for: pause) }
        let (status, answer): (Int, Answer?) = state.withLock { state in
            let (status, answer) = Self.answer(
                path: path, method: method, fault: fault, body: body, upload: upload,
                query: Dictionary(query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
                configuration: configuration, state: &state
            )
            var errcode: Int64 = 0
            if case .json(let json)? = answer { errcode = json["errcode"]?.intValue ?? 0 }
            state.calls.append(
                RecordedCall(
                    method: method, path: path, query: query, body: body ?? upload.map(Self.recorded), status: status,
                    errcode: errcode
                ))
            return (status, answer)
        }
        switch answer {
        case .json(let json)?:
            guard let data = try? JSONEncoder().encode(json) else { return Response(status: .init(code: status)) }
            return Response(
                status: .init(code: status), headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
            )
        case .file(let type, let bytes)?:
            return Response(
                status: .init(code: status), headers: [.contentType: type],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case nil:
            return Response(status: .init(code: status))
        }
    }

    /// The upload as a call records it: its text fields, file name, type and size.
    private static func recorded(_ upload: Upload) -> JSONValue {
        var members = upload.fields.mapValues { JSONValue.string($0) }
        members["filename"] = .string(upload.fileName ?? "")
        members["content_type"] = .string(upload.contentType ?? "")
        members["size"] = .int(Int64(upload.bytes.count))
        return .object(members)
    }

    /// Parses a `multipart/form-data` body with MultipartKit; `nil` for any other body.
    private static func upload(from bytes: [UInt8], contentType: String) -> Upload? {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = contentType.split(separator: ";").lazy
                .map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.hasPrefix("boundary=") })?
                .dropFirst("boundary=".count)
        else { return nil }
        let parser = MultipartParser(boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        var parts: [(headers: [String: String], body: [UInt8])] = []
        var headers: [String: String] = [:]
        var body: [UInt8] = []
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in body += buffer.readableBytesView }
        parser.onPartComplete = {
            parts.append((headers, body))
            headers = [:]
            body = []
        }
        guard (try? parser.execute(bytes)) != nil else { return nil }
        var upload = Upload(fields: [:], bytes: [])
        for part in parts {
            let disposition = part.headers["content-disposition"] ?? ""
            guard let name = parameter("name", in: disposition) else { continue }
            if let fileName = parameter("filename", in: disposition) {
                upload.fileField = name
                upload.fileName = fileName
                upload.contentType = part.headers["content-type"]
                upload.bytes = part.body
            } else {
                upload.fields[name] = String(decoding: part.body, as: UTF8.self)
            }
        }
        return upload
    }

    /// The quoted parameter `name` of a `Content-Disposition` value.
    private static func parameter(_ name: String, in disposition: String) -> String? {
        for item in disposition.split(separator: ";") {
            let pair = item.trimmingCharacters(in: .whitespaces)
            guard pair.hasPrefix(name + "=") else { continue }
            return String(pair.dropFirst(name.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    private static func answer(
        path: String, method: String, fault: FakeFault?, body: JSONValue?, upload: Upload?, query: [String: String],
        configuration: Configuration, state: inout State
    ) -> (Int, Answer?) {
        switch fault {
        case .httpStatus(let status)?: return (status, nil)
        case .systemBusy?: return (200, .json(State.error(-1, "system error")))
        case .errcode(let code)?: return (200, .json(State.error(code, "injected fault")))
        case .delay?, nil: break
        }
        guard let endpoint = endpoints[path] else { return (404, nil) }
        guard endpoint.method == method else { return (405, nil) }
        if method == "POST", body?.objectValue == nil, upload == nil, !endpoint.takesUpload {
            return (200, .json(State.error(47001, "data format error")))
        }
        let incoming = Incoming(query: query, body: body ?? [:], upload: upload, configuration: configuration)
        return (200, endpoint.handle(&state, incoming))
    }
}
