import AsyncHTTPClient
import Testing
import WeChatAPI
import WeChatAPITesting

@Suite("Transport: errors, retries, timeouts, token refusal, logs")
struct TransportTests {
    static let authorizer = "wxauthorizer000001"

    @Test("-1 (system busy) is retried, then succeeds")
    func busyRetried() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            harness.fake.inject(.systemBusy, path: "/cgi-bin/user/info", times: 2)
            let user = try await platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
                .users.info(openID: "o1")
            #expect(user.openID == "o1")
            #expect(harness.fake.calls(path: "/cgi-bin/user/info").map(\.errcode) == [-1, -1, 0])
        }
    }

    @Test("HTTP 500 is retried, then succeeds")
    func http500Retried() async throws {
        try await withHarness { harness in
            harness.fake.inject(.httpStatus(500), path: "/cgi-bin/component/api_component_token", times: 1)
            let grant = try await harness.client.componentAccessToken(
                componentAppID: harness.componentAppID, secret: harness.fake.configuration.componentSecret,
                verifyTicket: harness.fake.pushVerifyTicket()
            )
            #expect(harness.fake.isValid(token: grant.componentAccessToken))
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_component_token").map(\.status) == [500, 200])
        }
    }

    @Test("retries are bounded: the last failure is thrown typed")
    func retriesBounded() async throws {
        try await withHarness { harness in
            harness.fake.inject(.httpStatus(503), path: "/cgi-bin/component/api_start_push_ticket", times: 10)
            let error = await #expect(throws: WeChatAPIError.self) {
                try await harness.client.startPushTicket(componentAppID: harness.componentAppID, secret: "s")
            }
            #expect(error?.httpStatus == 503)
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_start_push_ticket").count == 3)
        }
    }

    @Test("a WeChat error other than -1 is not retried")
    func businessErrorNotRetried() async throws {
        try await withHarness { harness in
            harness.fake.inject(.errcode(45009), path: "/cgi-bin/component/api_start_push_ticket", times: 5)
            let error = await #expect(throws: WeChatAPIError.self) {
                try await harness.client.startPushTicket(componentAppID: harness.componentAppID, secret: "s")
            }
            #expect(error?.errcode == 45009)
            #expect(error?.description == "WeChat API error 45009: injected fault (daily API quota reached; reset it with clear_quota)")
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_start_push_ticket").count == 1)
        }
    }

    @Test("a slow answer times out")
    func timeout() async throws {
        try await withHarness(timeout: .milliseconds(200)) { harness in
            harness.fake.inject(.delay(.seconds(2)), path: "/cgi-bin/component/api_start_push_ticket")
            await #expect(throws: WeChatAPIError.timeout) {
                try await harness.client.startPushTicket(componentAppID: harness.componentAppID, secret: "s")
            }
        }
    }

    @Test("an unreachable host is a transport error after bounded retries")
    func unreachable() async throws {
        let logs = LogCapture()
        let client = WeChatAPIClient(
            httpClient: .shared,
            configuration: .init(
                baseURL: "http://127.0.0.1:1", timeout: .milliseconds(300),
                retry: .init(maxAttempts: 2, initialBackoff: .milliseconds(1))),
            logger: logs.logger
        )
        let error = await #expect(throws: WeChatAPIError.self) {
            try await client.accessToken(appID: "wx", secret: "TOPSECRET")
        }
        #expect(error?.errcode == nil)
        #expect(error?.description.hasPrefix("WeChat API unreachable") == true)
        #expect(logs.lines.contains { $0.contains("retrying") })
        #expect(!logs.lines.contains { $0.contains("TOPSECRET") })
    }

    @Test("a refused token (40001/42001) forces ONE refresh and ONE retry", arguments: [Int64(40001), 42001, 40014])
    func refusedTokenRefreshedOnce(code: Int64) async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            let api = try platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
            let before = harness.fake.calls(path: "/cgi-bin/component/api_authorizer_token").count
            harness.fake.inject(.errcode(code), path: "/cgi-bin/user/info", times: 1)
            _ = try await api.users.info(openID: "o1")
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_authorizer_token").count == before + 1)
            let tokens = harness.fake.calls(path: "/cgi-bin/user/info").compactMap { $0.query("access_token") }
            #expect(tokens.count == 2)
            #expect(tokens[0] != tokens[1])
        }
    }

    @Test("a token refused twice is not refreshed a second time")
    func refusedTwiceGivesUp() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            let api = try platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
            harness.fake.inject(.errcode(40001), path: "/cgi-bin/user/info", times: 5)
            let error = await #expect(throws: WeChatAPIError.self) { try await api.users.info(openID: "o1") }
            #expect(error?.isInvalidAccessToken == true)
            #expect(harness.fake.calls(path: "/cgi-bin/user/info").count == 2)
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_authorizer_token").count == 1)
        }
    }

    @Test("expired component token at the fake: refreshed once for 20 concurrent callers")
    func expiredComponentTokenConcurrent() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            let api = try platform.componentAPI(harness.componentAppID)
            _ = try await api.preAuthCode()
            harness.fake.expireTokens(.component)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<20 { group.addTask { _ = try await api.preAuthCode() } }
                try await group.waitForAll()
            }
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_component_token").count == 2)
        }
    }

    @Test("a non-JSON or wrong-shaped answer is an invalid response, not a crash")
    func invalidResponse() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            // stable_token answers an error shape without access_token for an unknown app.
            let error = await #expect(throws: WeChatAPIError.self) {
                try await harness.client.stableAccessToken(appID: "wxunknown", secret: "x")
            }
            #expect(error?.errcode == 40013)
        }
    }

    @Test("logs never contain tokens, tickets, secrets or refresh tokens")
    func noSecretsInLogs() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            let api = try platform.authorizerAPI(component: harness.componentAppID, authorizer: Self.authorizer)
            harness.fake.inject(.systemBusy, path: "/cgi-bin/user/info", times: 1)
            harness.fake.inject(.errcode(40001), path: "/cgi-bin/ticket/getticket", times: 1)
            _ = try await api.users.info(openID: "o1")
            _ = try await platform.jsapiTicket(component: harness.componentAppID, authorizer: Self.authorizer)
            let secrets =
                harness.fake.calls().flatMap { call in
                    call.query.filter { ["access_token", "component_access_token", "secret"].contains($0.name) }.map(
                        \.value)
                        + ["component_appsecret", "component_verify_ticket", "authorizer_refresh_token"].compactMap {
                            call.body?[$0]?.stringValue
                        }
                } + [harness.fake.configuration.componentSecret]
            #expect(secrets.count > 5)
            let lines = harness.logs.lines
            #expect(lines.contains { $0.contains("access_token=***") })
            #expect(lines.contains { $0.contains("retrying") })
            for secret in Set(secrets) {
                #expect(!lines.contains { $0.contains(secret) }, "a log line contains a secret")
            }
        }
    }

    /// The review's probe: at `trace`, the HTTP client logged each response part as a hex dump of its first and
    /// last 32 bytes, so token fragments reached the log in hex.
    @Test("trace-level logs carry no hex dump of a response: no 8-byte window of a token, in hex")
    func noHexDumpedTokensAtTrace() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            _ = try await platform.jsapiTicket(component: harness.componentAppID, authorizer: Self.authorizer)
            let tokens = harness.fake.calls().flatMap { call in
                call.query.filter { ["access_token", "component_access_token"].contains($0.name) }.map(\.value)
            }
            #expect(tokens.count >= 2)
            let lines = harness.logs.lines
            #expect(lines.contains { $0.contains("WeChat API call") }, "debug lines still written")
            for token in Set(tokens) {
                let bytes = Array(token.utf8)
                for start in 0...(bytes.count - 8) {
                    let hex = bytes[start..<start + 8].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
                    #expect(!lines.contains { $0.contains(hex) }, "a log line holds token bytes in hex")
                }
            }
        }
    }
}
