import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing
import WeChatAPITesting
import WeChatBotCLI

@Suite("serve: a plain Official Account's web OAuth and JS-SDK config")
struct AccountPagesTests {
    struct Answer {
        var status: Int
        var location: String?
        var cookie: String?
        var body: String
    }

    static func get(_ url: String, cookie: String? = nil, client: HTTPClient) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        if let cookie { request.headers.add(name: "Cookie", value: cookie) }
        let response = try await client.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        return Answer(
            status: Int(response.status.code), location: response.headers.first(name: "Location"),
            cookie: response.headers.first(name: "Set-Cookie"), body: String(buffer: body))
    }

    @Test("login with snsapi_userinfo: 302 to WeChat, callback greets by nickname, a replay is refused; wx.config signed")
    func login() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        defer { _ = client.shutdown() }
        try await FakeWeChatAPI.withRunning { fake in
            let account = fake.configuration.accounts.first
            let appID = account?.key ?? ""
            var settings = ServeSettings()
            settings.port = 0
            settings.store = "memory"
            settings.apiBaseURL = fake.baseURL
            settings.accounts = [.init(token: "pageToken", aesKey: nil, appID: appID, secret: account?.value)]
            settings.mode = .plain
            try await ServeEndToEndTests.serving(try ServePlan(settings)) { port, _ in
                let base = "http://127.0.0.1:\(port)/wechat"
                let start = try await Self.get(base + "/oauth/\(appID)?scope=snsapi_userinfo&state=cart%2F7", client: client)
                #expect(start.status == 302)
                let link = try #require(start.location.flatMap(URLComponents.init(string:)))
                #expect(link.host == "open.weixin.qq.com")
                let items = Dictionary((link.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
                #expect(items["appid"] == appID)
                #expect(items["component_appid"] == nil)
                #expect(items["scope"] == "snsapi_userinfo")
                #expect(items["redirect_uri"] == base + "/oauth/\(appID)/callback?next=cart%2F7")
                let cookie = try #require(start.cookie?.split(separator: ";").first.map(String.init))
                let code = fake.mintOAuthCode(authorizerAppID: appID, openID: "oReader1", scope: "snsapi_userinfo")
                let state = QueryEncodingProbe.encode(items["state"] ?? "")
                let callback = base + "/oauth/\(appID)/callback?next=cart%2F7&code=\(code)&state=\(state)"
                let page = try await Self.get(callback, cookie: cookie, client: client)
                #expect(page.status == 200)
                #expect(page.body.contains("测试用户"))
                let replay = try await Self.get(callback, cookie: cookie, client: client)
                #expect(replay.status == 400)
                let noCookie = try await Self.get(callback, client: client)
                #expect(noCookie.status == 400)
                #expect(fake.calls(path: "/sns/oauth2/access_token").count == 1)

                let config = try await Self.get(base + "/jssdk-config/\(appID)?url=https%3A%2F%2Fa.cn%2Fpage", client: client)
                #expect(config.status == 200)
                #expect(config.body.contains(#""appId":"\#(appID)""#))
                #expect(config.body.contains(#""signature":""#))
                let unknown = try await Self.get(base + "/oauth/wxnotconfigured", client: client)
                #expect(unknown.status == 404)
            }
        }
    }
}

/// Percent-encodes a query value as a browser following WeChat's redirect would.
enum QueryEncodingProbe {
    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? value
    }
}
