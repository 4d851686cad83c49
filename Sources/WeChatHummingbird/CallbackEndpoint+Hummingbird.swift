import Hummingbird
import Logging
import NIOCore
import WeChatAPI
import WeChatCallback

extension CallbackEndpoint {
    /// Answers a Hummingbird request: maps it to a ``WeChatCallback/CallbackRequest`` (the body read up to the
    /// limit, the path's appids, Hummingbird's request id) and the answer back to a `Response`.
    func respond(to request: Request, context: some RequestContext) async throws -> Response {
        let limit = configuration.maximumBodyBytes
        let body = request.method == .post ? await Self.readBody(of: request, limit: limit) : []
        let answer = await respond(
            to: CallbackRequest(
                method: request.method == .get ? .get : .post,
                query: CallbackQuery(request.uri.queryParameters),
                body: body ?? [],
                bodyTooLarge: body == nil,
                componentAppID: context.parameters.get("componentAppID"),
                authorizerAppID: context.parameters.get("appid"),
                requestID: context.logger[metadataKey: "hb.request.id"].map { "\($0)" }
            )
        )
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: answer.isXML ? Self.xmlFields : Self.textFields,
            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body))
        )
    }

    /// The headers of XML and of text answers (they depend on nothing else), converted once.
    private static let xmlFields = fields(of: CallbackResponse(status: 200, body: "", isXML: true, outcome: ""))
    private static let textFields = fields(of: CallbackResponse(status: 200, body: "", isXML: false, outcome: ""))

    private static func fields(of answer: CallbackResponse) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let name = HTTPFields.Element.Name(name) { fields[name] = value }
        }
        return fields
    }

    /// The body, or `nil` when it is larger than `limit`: refused by `Content-Length` before reading, and by
    /// counting while streaming otherwise. A body that breaks off reads as empty (and fails parsing).
    private static func readBody(of request: Request, limit: Int) async -> [UInt8]? {
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

extension WeChatEndpointConfiguration {
    /// The configuration with late-reply sends that WeChat refused (`WeChatAPIError`, already retried by the
    /// API client) treated as final.
    var forHummingbird: WeChatEndpointConfiguration {
        var configuration = self
        let other = isFinalSendError
        configuration.isFinalSendError = { error in error is WeChatAPIError || other(error) }
        return configuration
    }
}
