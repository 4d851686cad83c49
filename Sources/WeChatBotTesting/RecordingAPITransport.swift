import Synchronization
public import WeChatBot

/// A ``WeChatBot/WeChatAPITransport`` for handler unit tests: answers each endpoint path with canned JSON
/// (`{"errcode":0,"errmsg":"ok"}` by default) and records every request, so a handler's API calls are checked
/// without a server. For WeChat's own validations and error codes, test against `FakeWeChatAPI`
/// (`WeChatAPITesting`).
///
/// ```swift
/// let api = RecordingAPITransport(answers: ["cgi-bin/user/info": #"{"openid":"o1","nickname":"小明","subscribe":1}"#])
/// try await bot.test(api: api) { client in … }
/// #expect(api.requests.map(\.path) == ["cgi-bin/user/info"])
/// ```
public final class RecordingAPITransport: WeChatAPITransport, AccountAPIProvider {
    /// One request a handler made.
    public struct RecordedRequest: Sendable, Hashable {
        /// `GET` or `POST`.
        public var method: String
        /// The endpoint path, e.g. `cgi-bin/menu/create`.
        public var path: String
        /// The query parameters, `name=value`, in order.
        public var query: [String]
        /// The JSON body as text, or the uploaded file's path.
        public var body: String?
    }

    private let answers: [String: String]
    private let recorded = Mutex<[RecordedRequest]>([])

    /// A transport answering `answers[path]` (JSON text) and acknowledging every other path.
    public init(answers: [String: String] = [:]) {
        self.answers = answers
    }

    /// Every request so far, in order.
    public var requests: [RecordedRequest] { recorded.withLock { $0 } }

    /// Records `request` and answers its path's canned JSON.
    public func send(_ request: WeChatAPIRequest) async throws -> WeChatAPIResponse {
        let body: String? =
            switch request.body {
            case .none: nil
            case .json(let bytes): String(decoding: bytes, as: UTF8.self)
            case .upload(let upload): upload.filePath
            }
        recorded.withLock {
            $0.append(
                RecordedRequest(
                    method: request.method.rawValue, path: request.path, query: request.query.map { "\($0.0)=\($0.1)" },
                    body: body))
        }
        let answer = WeChatAPIResponse(
            contentType: "application/json", body: Array((answers[request.path] ?? #"{"errcode":0,"errmsg":"ok"}"#).utf8))
        try WeChatJSON.status(of: answer.body)?.check()
        return answer
    }

    /// An API over this transport for any account.
    public func api(for account: AccountIdentity) -> AccountAPI {
        AccountAPI(appID: account.appID ?? account.originalID, transport: self)
    }
}
