import Foundation
import Testing
import WeChatAPI
import WeChatAPITesting

@Suite("Authorization page and its redirect landing")
struct AuthorizationPageTests {
    static let component = PlatformTestKit.componentAppID

    /// The `href` of the page's button, entities undone.
    static func buttonLink(_ html: String) throws -> URLComponents {
        let marker = try #require(html.range(of: "id=\"authorize\" class=\"button\" href=\""))
        let rest = html[marker.upperBound...]
        let end = try #require(rest.firstIndex(of: "\""))
        let href = rest[..<end].replacingOccurrences(of: "&amp;", with: "&")
        return try #require(URLComponents(string: href))
    }

    static func value(_ name: String, in link: URLComponents) -> String? {
        link.queryItems?.first { $0.name == name }?.value
    }

    @Test("the PC page links to componentloginpage with the component, a fresh pre-auth code and the encoded redirect")
    func pcPage() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let page = try await server.client.get("/wechat/platform/authorize/\(Self.component)")
            #expect(page.status == 200)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.header("Cache-Control") == "no-store")
            let link = try Self.buttonLink(page.body)
            #expect(link.host == "mp.weixin.qq.com")
            #expect(link.path == "/cgi-bin/componentloginpage")
            #expect(Self.value("component_appid", in: link) == Self.component)
            #expect(Self.value("pre_auth_code", in: link)?.hasPrefix("preauthcode@@@") == true)
            #expect(
                Self.value("redirect_uri", in: link)
                    == "http://127.0.0.1:\(server.port)/wechat/platform/authorized/\(Self.component)")
            #expect(
                page.body.contains(
                    "redirect_uri=http%3A%2F%2F127.0.0.1%3A\(server.port)%2Fwechat%2Fplatform%2Fauthorized%2F"))
            #expect(Self.value("auth_type", in: link) == "3")
            #expect(PlatformTestKit.successfulCalls(fake, "/cgi-bin/component/api_create_preauthcode").count == 1)
        }
    }

    @Test("inside WeChat (MicroMessenger) the page links to the mobile bind page; loads reuse one code")
    func mobilePage() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let agent = [("User-Agent", "Mozilla/5.0 (iPhone) MicroMessenger/8.0.50")]
            let first = try Self.buttonLink(
                try await server.client.get("/wechat/platform/authorize/\(Self.component)", headers: agent).body)
            let second = try Self.buttonLink(
                try await server.client.get("/wechat/platform/authorize/\(Self.component)", headers: agent).body)
            #expect(first.host == "open.weixin.qq.com")
            #expect(first.path == "/wxaopen/safe/bindcomponent")
            #expect(first.fragment == "wechat_redirect")
            #expect(Self.value("action", in: first) == "bindcomponent")
            #expect(Self.value("pre_auth_code", in: first) == Self.value("pre_auth_code", in: second))
            #expect(PlatformTestKit.successfulCalls(fake, "/cgi-bin/component/api_create_preauthcode").count == 1)
        }
    }

    @Test("auth_type and biz_appid from the query; biz_appid replaces auth_type on the PC page")
    func options() async throws {
        try await InProcessPlatform.withTicket { _, server in
            let typed = try Self.buttonLink(
                try await server.client.get("/wechat/platform/authorize/\(Self.component)?auth_type=2").body)
            #expect(Self.value("auth_type", in: typed) == "2")
            let one = try Self.buttonLink(
                try await server.client.get(
                    "/wechat/platform/authorize/\(Self.component)?auth_type=1&biz_appid=wxabc123"
                ).body
            )
            #expect(Self.value("biz_appid", in: one) == "wxabc123")
            #expect(Self.value("auth_type", in: one) == nil)
        }
    }

    @Test(
        "hostile options, unknown platforms and a missing ticket give error pages, never a link",
        arguments: [
            ("/authorize/\(component)?auth_type=0", 400), ("/authorize/\(component)?auth_type=abc", 400),
            ("/authorize/\(component)?auth_type=99999999999999999999", 400),
            ("/authorize/\(component)?biz_appid=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", 400),
            ("/authorize/\(component)?biz_appid=", 400), ("/authorize/wxnotconfigured", 404),
            ("/authorize/\(PlatformTestKit.secondComponentAppID)", 503),
        ])
    func refusals(path: String, status: Int) async throws {
        try await InProcessPlatform.withTicket { _, server in
            let page = try await server.client.get("/wechat/platform" + path)
            #expect(page.status == status)
            #expect(!page.body.contains("id=\"authorize\""))
            #expect(!page.body.contains("<script>"))
            #expect(page.body.hasPrefix("<!DOCTYPE html>"))
        }
    }

    @Test("the landing exchanges auth_code and names the account; no token ever appears in the page")
    func landing() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let code = fake.mintAuthorizationCode(authorizerAppID: PlatformTestKit.authorizerAppID)
            let page = try await server.client.get(
                "/wechat/platform/authorized/\(Self.component)?auth_code=\(code)&expires_in=600")
            #expect(page.status == 200)
            #expect(page.body.contains("假测试号"))
            #expect(page.body.contains(PlatformTestKit.authorizerAppID))
            let store = server.platform.store
            let access = try #require(
                try await store.load(
                    .authorizerAccessToken(
                        componentAppID: Self.component, authorizerAppID: PlatformTestKit.authorizerAppID))
            )
            let refresh = try #require(
                try await store.load(
                    .authorizerRefreshToken(
                        componentAppID: Self.component, authorizerAppID: PlatformTestKit.authorizerAppID))
            )
            #expect(!page.body.contains(access.value))
            #expect(!page.body.contains(refresh.value))
            #expect(!page.body.contains(code))
            #expect(
                fake.calls(path: "/cgi-bin/component/api_query_auth").first?.body?["authorization_code"]?.stringValue
                    == code)
        }
    }

    @Test("a bad, reused or missing auth_code shows a clear 400 page")
    func badCodes() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let code = fake.mintAuthorizationCode(authorizerAppID: PlatformTestKit.authorizerAppID)
            #expect(
                try await server.client.get("/wechat/platform/authorized/\(Self.component)?auth_code=\(code)").status
                    == 200)
            for path in [
                "?auth_code=\(code)", "?auth_code=queryauthcode@@@forged", "", "?auth_code=",
                "?auth_code=" + String(repeating: "x", count: 600),
            ] {
                let page = try await server.client.get("/wechat/platform/authorized/\(Self.component)" + path)
                #expect(page.status == 400, "\(path)")
                #expect(page.body.contains("授权失败"))
            }
        }
    }
}
