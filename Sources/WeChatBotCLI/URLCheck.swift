public import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import WeChatCrypto

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// WeChat's URL verification GET (PROTOCOL.md §1), sent from here to check a deployment.
public enum URLCheck {
    /// Sends a signed GET with a random `echostr` and throws ``WeChatBotCLIError`` unless the body is exactly
    /// that `echostr`.
    public static func verify(url: String, token: String, httpClient: HTTPClient) async throws {
        let timestamp = "\(Int64(Date().timeIntervalSince1970))"
        let nonce = "\(UInt32.random(in: 100_000_000...999_999_999))"
        let echo = "\(UInt64.random(in: 1_000_000_000_000_000...9_999_999_999_999_999_999))"
        let query = Simulator.encode([
            ("signature", WeChatSignature.signature(token: token, timestamp: timestamp, nonce: nonce)),
            ("timestamp", timestamp), ("nonce", nonce), ("echostr", echo),
        ])
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
