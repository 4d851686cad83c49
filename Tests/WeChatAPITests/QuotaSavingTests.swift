import Testing
import WeChatAPI
import WeChatAPITesting

@Suite("Calls that spend the platform's quota")
struct QuotaSavingTests {
    static let preAuthCode = "/cgi-bin/component/api_create_preauthcode"
    static let queryAuth = "/cgi-bin/component/api_query_auth"

    /// The fake's platform holding its verify ticket, so component calls work.
    static func ticketedPlatform(_ harness: Harness) async throws -> PlatformCredentials {
        let platform = harness.platform()
        try await platform.receiveVerifyTicket(harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
        return platform
    }

    @Test("200 concurrent authorization links share one pre-auth code; an authorization retires it")
    func preAuthCodeIsReused() async throws {
        try await withHarness { harness in
            let platform = try await Self.ticketedPlatform(harness)
            let links = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<200 {
                    group.addTask {
                        try await platform.authorizationURL(
                            componentAppID: harness.componentAppID, redirect: "https://example.com/done")
                    }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(links.count == 1)
            #expect(harness.fake.calls(path: Self.preAuthCode).count == 1)
            try await platform.authorize(
                componentAppID: harness.componentAppID,
                authorizationCode: harness.fake.mintAuthorizationCode(authorizerAppID: "wxauthorizer000001"))
            let next = try await platform.authorizationURL(
                componentAppID: harness.componentAppID, redirect: "https://example.com/done")
            #expect(!links.contains(next))
            #expect(harness.fake.calls(path: Self.preAuthCode).count == 2)
        }
    }

    @Test("a code refused with -1 (WeChat answers so for junk codes) is sent once, not three times")
    func refusedCodeIsNotRetried() async throws {
        try await withHarness { harness in
            let platform = try await Self.ticketedPlatform(harness)
            harness.fake.inject(.systemBusy, path: Self.queryAuth, times: 3)
            let refused = await #expect(throws: WeChatAPIError.self) {
                try await platform.authorize(
                    componentAppID: harness.componentAppID, authorizationCode: "queryauthcode@@@junkjunkjunk")
            }
            #expect(refused?.errcode == -1)
            #expect(harness.fake.calls(path: Self.queryAuth).count == 1)
        }
    }

    @Test("a broken answer (HTTP 502) to api_query_auth is still retried")
    func brokenAnswerIsRetried() async throws {
        try await withHarness { harness in
            let platform = try await Self.ticketedPlatform(harness)
            harness.fake.inject(.httpStatus(502), path: Self.queryAuth, times: 1)
            try await platform.authorize(
                componentAppID: harness.componentAppID,
                authorizationCode: harness.fake.mintAuthorizationCode(authorizerAppID: "wxauthorizer000001"))
            #expect(harness.fake.calls(path: Self.queryAuth).count == 2)
        }
    }

    @Test("authorization codes: WeChat's shape passes, junk does not")
    func plausibleCodes() {
        // WeChat's codes are `queryauthcode@@@` and a base64url-like tail, like the pre-auth code example in
        // https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/api/pre_auth_code.html
        #expect(
            PlatformCredentials.isPlausibleAuthorizationCode(
                "queryauthcode@@@Cx_Dk6qiBE0Dmx4EmlT3oRfArPvwSQ-oa3NL_fwHM7VI08r52wazoZX2Rhpz1dEw"))
        for junk in [
            "", "junk", "<script>alert(1)</script>xxxxxxxxxx", String(repeating: "a", count: 257),
            "queryauthcode@@@ with space", "授权码授权码授权码授权码授权码授权码授权码",
        ] {
            #expect(!PlatformCredentials.isPlausibleAuthorizationCode(junk), "\(junk)")
        }
    }
}
