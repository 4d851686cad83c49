public import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import WeChatCallback

/// WeChat's URL verification GET, sent from here to check a deployment
/// (https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Access_Overview.html).
public enum URLCheck {
    /// Sends a signed GET with a random `echostr` and throws ``WeChatBotCLIError`` unless the body is exactly
    /// that `echostr`.
    public static func verify(url: String, token: String, httpClient: HTTPClient) async throws {
        let echo = "\(UInt64.random(in: 1_000_000_000_000_000...9_999_999_999_999_999_999))"
        let query = try WeChatPeer(token: token, appID: "").verification(echo: echo).queryString
        let request = HTTPClientRequest(url: url + (url.contains("?") ? "&" : "?") + query)
        let response = try await httpClient.execute(request, timeout: .seconds(10))
        let body = String(buffer: try await response.body.collect(upTo: 64 << 10))
        guard response.status.code == 200 else {
            throw WeChatBotCLIError.verificationFailed("HTTP \(response.status.code)")
        }
        guard body == echo else {
            throw WeChatBotCLIError.verificationFailed("the body is not the echo string (is the token right?)")
        }
    }
}
