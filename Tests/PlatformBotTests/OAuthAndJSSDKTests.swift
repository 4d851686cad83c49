import Crypto
import Foundation
import Testing
import WeChatAPI
import WeChatAPITesting

@Suite("Authorizer web OAuth and JS-SDK config")
struct OAuthAndJSSDKTests {
    static let component = PlatformTestKit.componentAppID
    static let authorizer = PlatformTestKit.authorizerAppID
    static let start = "/wechat/platform/oauth/\(component)/\(authorizer)"

    /// Starts a login; returns WeChat's OAuth link and the cookie set for the callback.
    static func begin(_ server: InProcessPlatform, query: String = "") async throws -> (
        link: URLComponents, cookie: String
    ) {
        let answer = try await server.client.get(start + query)
        #expect(answer.status == 302)
        let location = try #require(answer.header("Location"))
        let link = try #require(URLComponents(string: location))
        let setCookie = try #require(answer.header("Set-Cookie"))
        #expect(setCookie.contains("HttpOnly"))
        #expect(setCookie.contains("Path=\(start)/callback"))
        let pair = try #require(setCookie.split(separator: ";").first)
        return (link, String(pair))
    }

    static func value(_ name: String, _ link: URLComponents) -> String? {
        link.queryItems?.first { $0.name == name }?.value
    }

    /// WeChat's redirect back: the callback URL from the link, with `code`, `state` and `appid` added.
    static func callbackPath(_ link: URLComponents, code: String, state: String? = nil) throws -> String {
        let redirect = try #require(value("redirect_uri", link))
        var back = try #require(URLComponents(string: redirect))
        back.queryItems =
            (back.queryItems ?? []) + [
                URLQueryItem(name: "code", value: code),
                URLQueryItem(name: "state", value: state ?? value("state", link)),
                URLQueryItem(name: "appid", value: authorizer),
            ]
        return back.path + "?" + (back.percentEncodedQuery ?? "")
    }

    @Test(
        "snsapi_userinfo: redirect with a short signed state, callback exchanges the code and greets the user by name")
    func userInfoLogin() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let (link, cookie) = try await Self.begin(server, query: "?scope=snsapi_userinfo&state=cart%2F42")
            #expect(link.host == "open.weixin.qq.com")
            #expect(Self.value("appid", link) == Self.authorizer)
            #expect(Self.value("scope", link) == "snsapi_userinfo")
            #expect(Self.value("component_appid", link) == Self.component)
            #expect(try #require(Self.value("state", link)).utf8.count <= 128)
            #expect(Self.value("redirect_uri", link)?.hasSuffix("/callback?next=cart%2F42") == true)
            let code = fake.mintOAuthCode(
                authorizerAppID: Self.authorizer, openID: "oUser0001", scope: "snsapi_userinfo")
            let page = try await server.client.get(
                try Self.callbackPath(link, code: code), headers: [("Cookie", cookie)])
            #expect(page.status == 200)
            #expect(page.body.contains("测试用户"))
            #expect(fake.calls(path: "/sns/userinfo").count == 1)
            #expect(page.header("Set-Cookie")?.contains("Max-Age=0") == true)
        }
    }

    @Test("tampered or foreign states, a missing cookie and a refused login are 400 pages; no code is exchanged")
    func refusals() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let (link, cookie) = try await Self.begin(server)
            let state = try #require(Self.value("state", link))
            let (_, otherCookie) = try await Self.begin(server)
            let code = fake.mintOAuthCode(authorizerAppID: Self.authorizer, openID: "oUser0002")
            let tampered = String(state.dropLast()) + (state.hasSuffix("A") ? "B" : "A")
            let forgedNext = try Self.callbackPath(link, code: code).replacingOccurrences(
                of: "/callback?", with: "/callback?next=admin&")
            for (path, sentCookie) in [
                (try Self.callbackPath(link, code: code, state: tampered), cookie),
                (try Self.callbackPath(link, code: code, state: ""), cookie),
                (try Self.callbackPath(link, code: code, state: "1.2.3"), cookie),
                (try Self.callbackPath(link, code: code), ""),
                (try Self.callbackPath(link, code: code), otherCookie),
                (forgedNext, cookie),
                ("\(Self.start)/callback?state=\(state)", cookie),
            ] {
                let page = try await server.client.get(
                    path, headers: sentCookie.isEmpty ? [] : [("Cookie", sentCookie)])
                #expect(page.status == 400, "\(path)")
            }
            #expect(fake.calls(path: "/sns/oauth2/component/access_token").isEmpty)
            #expect(try await server.client.get(Self.start + "?scope=snsapi_admin").status == 400)
            #expect(
                try await server.client.get("/wechat/platform/oauth/wxnotconfigured/\(Self.authorizer)").status == 404)
        }
    }

    @Test(
        "an expired OAuth code at WeChat is a 400 page; a good snsapi_base code greets the openid without asking for the profile"
    )
    func exchange() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let (link, cookie) = try await Self.begin(server)
            let page = try await server.client.get(
                try Self.callbackPath(link, code: "oauthcode-expired"), headers: [("Cookie", cookie)])
            #expect(page.status == 400)
            #expect(page.body.contains("登录失败"))
            let code = fake.mintOAuthCode(authorizerAppID: Self.authorizer, openID: "oUser0003")
            let (again, cookie2) = try await Self.begin(server)
            let welcome = try await server.client.get(
                try Self.callbackPath(again, code: code), headers: [("Cookie", cookie2)])
            #expect(welcome.status == 200)
            #expect(welcome.body.contains("oUser0003"))
            #expect(fake.calls(path: "/sns/userinfo").isEmpty)
        }
    }

    /// The review's probe: a `state` (with its cookie) could be used again until it expired.
    @Test("a callback URL replayed with its cookie is refused: the state works once, the code is exchanged once")
    func stateIsSingleUse() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let (link, cookie) = try await Self.begin(server)
            let code = fake.mintOAuthCode(authorizerAppID: Self.authorizer, openID: "oUser0004")
            let path = try Self.callbackPath(link, code: code)
            let first = try await server.client.get(path, headers: [("Cookie", cookie)])
            #expect(first.status == 200)
            let replay = try await server.client.get(path, headers: [("Cookie", cookie)])
            #expect(replay.status == 400)
            #expect(replay.body.contains("登录请求无效"))
            #expect(fake.calls(path: "/sns/oauth2/component/access_token").count == 1)
        }
    }

    @Test("a state that is a path on this site brings the user back there; any other state is only greeted")
    func returnPath() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            for (state, location) in [
                ("%2Fshop%2Fcart%3Fid%3D7", "/shop/cart?id=7"), ("%2F%2Fevil.example%2F", nil),
                ("https%3A%2F%2Fevil.example", nil),
                ("%2F%5Cevil.example", nil),
            ] {
                let (link, cookie) = try await Self.begin(server, query: "?state=" + state)
                let code = fake.mintOAuthCode(authorizerAppID: Self.authorizer, openID: "oUser0004")
                let answer = try await server.client.get(
                    try Self.callbackPath(link, code: code), headers: [("Cookie", cookie)])
                #expect(answer.status == (location == nil ? 200 : 302), "\(state)")
                #expect(answer.header("Location") == location)
            }
        }
    }

    @Test("jssdk-config signs the page URL with the authorizer's ticket (sorted key=value, SHA-1), fragment dropped")
    func jsSDKConfig() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let code = fake.mintAuthorizationCode(authorizerAppID: Self.authorizer)
            try await server.platform.authorize(componentAppID: Self.component, authorizationCode: code)
            let page = "https://shop.example.com/a?b=1&c=2"
            let encoded = try #require((page + "#share").addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let answer = try await server.client.get(
                "/wechat/platform/jssdk-config/\(Self.component)/\(Self.authorizer)?url=\(encoded)")
            #expect(answer.status == 200)
            #expect(answer.header("Content-Type") == "application/json; charset=utf-8")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
            #expect(json["appId"] as? String == Self.authorizer)
            #expect((json["jsApiList"] as? [String])?.contains("updateAppMessageShareData") == true)
            let ticket = try #require(
                try await server.platform.store.load(
                    .authorizerJSAPITicket(componentAppID: Self.component, authorizerAppID: Self.authorizer))
            )
            let timestamp = try #require(json["timestamp"] as? Int)
            let nonce = try #require(json["nonceStr"] as? String)
            let plain = "jsapi_ticket=\(ticket.value)&noncestr=\(nonce)&timestamp=\(timestamp)&url=\(page)"
            let expected = Insecure.SHA1.hash(data: Array(plain.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(json["signature"] as? String == expected)
            #expect(!answer.body.contains(ticket.value))
        }
    }

    @Test(
        "jssdk-config refuses bad URLs and API lists (400) and unknown authorizers (404)",
        arguments: [
            ("?url=", 400), ("", 400), ("?url=javascript%3Aalert(1)", 400),
            ("?url=https%3A%2F%2Fa.example%2F%0Ab", 400),
            ("?url=https%3A%2F%2Fa.example%2F&jsApiList=a%22b", 400),
            ("?url=https%3A%2F%2Fa.example%2F" + String(repeating: "x", count: 3000), 400),
        ])
    func jsSDKRefusals(query: String, status: Int) async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let code = fake.mintAuthorizationCode(authorizerAppID: Self.authorizer)
            try await server.platform.authorize(componentAppID: Self.component, authorizationCode: code)
            let answer = try await server.client.get(
                "/wechat/platform/jssdk-config/\(Self.component)/\(Self.authorizer)" + query)
            #expect(answer.status == status)
            #expect(answer.body.contains("\"error\""))
            let unknown = try await server.client.get(
                "/wechat/platform/jssdk-config/\(Self.component)/wxnobody?url=https%3A%2F%2Fa.example%2F")
            #expect(unknown.status == 404)
            #expect(fake.calls(path: "/cgi-bin/ticket/getticket").isEmpty)
        }
    }
}
