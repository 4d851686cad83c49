import Foundation
import Testing
import WeChatAPI
import WeChatAPITesting

/// The review's probes of the public platform pages: each `GET …/authorize/<component>` created a pre-auth
/// code (200 loads → 200 calls), each `…/authorized/…?auth_code=junk` called `api_query_auth`, and a code
/// WeChat answered `-1` was sent three times.
@Suite("Platform pages do not spend WeChat quota for anyone who asks")
struct PageQuotaTests {
    static let component = PlatformTestKit.componentAppID
    static let preAuthCode = "/cgi-bin/component/api_create_preauthcode"
    static let queryAuth = "/cgi-bin/component/api_query_auth"

    @Test("200 concurrent loads of the authorization page: one pre-auth code call, the excess answered 429")
    func authorizationPageLoads() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let started = ContinuousClock.now
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<200 {
                    group.addTask { try await server.client.get("/wechat/platform/authorize/\(Self.component)").status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            let refilled = Int((ContinuousClock.now - started).components.seconds / 2) + 1
            #expect(fake.calls(path: Self.preAuthCode).count == 1)
            let served = statuses.filter { $0 == 200 }.count
            #expect((30...30 + refilled).contains(served), "30 a minute per client, plus what refilled: \(served)")
            #expect(statuses.filter { $0 == 429 }.count == 200 - served)
        }
    }

    @Test("5 loads with junk auth_code: refused 400 without a single api_query_auth call")
    func junkCodes() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            for junk in [
                "junk", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", String(repeating: "x", count: 300),
                "queryauthcode%40%40%40with%20spaces", "%E6%8E%88%E6%9D%83%E7%A0%81%E6%8E%88%E6%9D%83%E7%A0%81",
            ] {
                let page = try await server.client.get(
                    "/wechat/platform/authorized/\(Self.component)?auth_code=\(junk)")
                #expect(page.status == 400, "\(junk)")
            }
            #expect(fake.calls(path: Self.queryAuth).isEmpty)
        }
    }

    @Test("a code WeChat refuses (even with -1) costs one api_query_auth call, not three")
    func refusedCodeIsNotRetried() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            fake.inject(.systemBusy, path: Self.queryAuth, times: 3)
            let page = try await server.client.get(
                "/wechat/platform/authorized/\(Self.component)?auth_code=queryauthcode@@@refusedbywechat000")
            #expect(page.status == 400)
            #expect(fake.calls(path: Self.queryAuth).count == 1)
        }
    }

    @Test("pages forbid framing and scripts (CSP, X-Frame-Options: DENY)")
    func pageHeaders() async throws {
        try await InProcessPlatform.withTicket { _, server in
            for path in ["/authorize/\(Self.component)", "/authorized/\(Self.component)?auth_code=junk"] {
                let page = try await server.client.get("/wechat/platform" + path)
                #expect(page.header("X-Frame-Options") == "DENY")
                #expect(page.header("X-Content-Type-Options") == "nosniff")
                let policy = try #require(page.header("Content-Security-Policy"))
                #expect(policy.contains("default-src 'none'"))
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(!policy.contains("script-src"))
            }
        }
    }
}
