import Synchronization
import WeChatAccountAPI

/// Answers each path with canned JSON and records the requests, so the API's request building is checked
/// without a server.
final class ScriptedTransport: WeChatAPITransport {
    private let answers: [String: String]
    private let recorded = Mutex<[WeChatAPIRequest]>([])

    init(_ answers: [String: String] = [:]) {
        self.answers = answers
    }

    var requests: [WeChatAPIRequest] { recorded.withLock { $0 } }

    func send(_ request: WeChatAPIRequest) async throws -> WeChatAPIResponse {
        recorded.withLock { $0.append(request) }
        let response = WeChatAPIResponse(
            contentType: "application/json", body: Array((answers[request.path] ?? #"{"errcode":0,"errmsg":"ok"}"#).utf8))
        try WeChatJSON.status(of: response.body)?.check()
        return response
    }

    /// The JSON body of request `index` as text.
    func body(_ index: Int) -> String? {
        guard case .json(let bytes) = requests[index].body else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// An API over a fresh scripted transport.
func scriptedAPI(_ answers: [String: String] = [:]) -> (AccountAPI, ScriptedTransport) {
    let transport = ScriptedTransport(answers)
    return (AccountAPI(appID: "wxtestaccount0001", transport: transport), transport)
}
