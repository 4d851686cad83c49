import Testing
import WeChatAPI
import WeChatAPITesting

@Suite("Proof: the full-network release test end to end through HTTP, with faults")
struct ReleaseTestProofTests {
    static let testAccount = (appID: "wx570bc396a51b8ff8", originalID: "gh_3c884a361561")
    static let sender = "ozy4qt1eDxSxzCr0aNT0mXCWfrDE"

    /// Ticket push, then `QUERY_AUTH_CODE:<code>` to the test account; returns the code once both API calls
    /// (query auth with the code, the `_from_api` text to the sender) arrived.
    static func runReleaseTest(_ fake: FakeWeChatAPI, _ server: InProcessPlatform) async throws -> String {
        let pushed = try await server.client.pushNotice(WeChatPush.ticket(fake.pushVerifyTicket()))
        #expect(pushed.status == 200)
        #expect(pushed.body == "success")
        let code = fake.mintAuthorizationCode(authorizerAppID: testAccount.appID)
        let answer = try await server.client.pushMessage(
            WeChatPush.text("QUERY_AUTH_CODE:\(code)", to: testAccount.originalID, from: sender),
            authorizerAppID: testAccount.appID, originalID: testAccount.originalID
        )
        #expect(answer.status == 200)
        #expect(answer.body.isEmpty)
        let sent = await PlatformTestKit.eventually {
            !PlatformTestKit.successfulCalls(fake, "/cgi-bin/message/custom/send").isEmpty
        }
        #expect(sent)
        return code
    }

    static func expectDeliveredOnce(_ fake: FakeWeChatAPI, code: String) {
        let queries = PlatformTestKit.successfulCalls(fake, "/cgi-bin/component/api_query_auth")
        #expect(queries.count == 1)
        #expect(queries.first?.body?["authorization_code"]?.stringValue == code)
        let sends = PlatformTestKit.successfulCalls(fake, "/cgi-bin/message/custom/send")
        #expect(sends.count == 1)
        #expect(sends.first?.body?["touser"]?.stringValue == sender)
        #expect(sends.first?.body?["msgtype"]?.stringValue == "text")
        #expect(sends.first?.body?["text"]?["content"]?.stringValue == code + "_from_api")
    }

    @Test(
        "ticket push → success; QUERY_AUTH_CODE:x → empty body, then query auth with x and 'x_from_api' to the sender")
    func releaseTest() async throws {
        try await FakeWeChatAPI.withRunning(logger: PlatformTestKit.quiet) { fake in
            try await InProcessPlatform.run(fake: fake) { server in
                let code = try await Self.runReleaseTest(fake, server)
                try await Task.sleep(for: .milliseconds(300))
                Self.expectDeliveredOnce(fake, code: code)
                let passive = try await server.client.pushMessage(
                    WeChatPush.text("TESTCOMPONENT_MSG_TYPE_TEXT", to: Self.testAccount.originalID, from: Self.sender),
                    authorizerAppID: Self.testAccount.appID, originalID: Self.testAccount.originalID
                )
                #expect(try WeChatPush.open(passive.body)?.contains("TESTCOMPONENT_MSG_TYPE_TEXT_callback") == true)
            }
        }
    }

    @Test(
        "fault injection: -1 and HTTP 500 during the token refresh and during the late send are retried; each delivered once",
        arguments: [FakeFault.systemBusy, .httpStatus(500)])
    func faults(fault: FakeFault) async throws {
        try await FakeWeChatAPI.withRunning(logger: PlatformTestKit.quiet) { fake in
            try await InProcessPlatform.run(fake: fake) { server in
                fake.inject(fault, path: "/cgi-bin/component/api_component_token", times: 2)
                fake.inject(fault, path: "/cgi-bin/component/api_query_auth", times: 1)
                fake.inject(fault, path: "/cgi-bin/message/custom/send", times: 2)
                let code = try await Self.runReleaseTest(fake, server)
                try await Task.sleep(for: .milliseconds(500))
                Self.expectDeliveredOnce(fake, code: code)
                let failed = fake.calls().filter { $0.status != 200 || $0.errcode != 0 }
                print("release test under \(fault): \(failed.count) injected failures retried:", failed.map(\.path))
                #expect(failed.count == 5)
                #expect(PlatformTestKit.successfulCalls(fake, "/cgi-bin/component/api_component_token").count == 1)
            }
        }
    }

    @Test("the QUERY_AUTH_CODE message delivered twice at once (WeChat's retry) is redeemed and answered once")
    func duplicates() async throws {
        try await FakeWeChatAPI.withRunning(logger: PlatformTestKit.quiet) { fake in
            try await InProcessPlatform.run(fake: fake) { server in
                #expect(
                    try await server.client.pushNotice(WeChatPush.ticket(fake.pushVerifyTicket())).body == "success")
                let code = fake.mintAuthorizationCode(authorizerAppID: Self.testAccount.appID)
                let xml = WeChatPush.text(
                    "QUERY_AUTH_CODE:\(code)", to: Self.testAccount.originalID, from: Self.sender, messageID: 77)
                async let first = server.client.pushMessage(
                    xml, authorizerAppID: Self.testAccount.appID, originalID: Self.testAccount.originalID)
                async let second = server.client.pushMessage(
                    xml, authorizerAppID: Self.testAccount.appID, originalID: Self.testAccount.originalID)
                let answers = try await [first, second]
                #expect(answers.allSatisfy { $0.status == 200 && $0.body.isEmpty })
                #expect(
                    await PlatformTestKit.eventually {
                        !PlatformTestKit.successfulCalls(fake, "/cgi-bin/message/custom/send").isEmpty
                    })
                try await Task.sleep(for: .milliseconds(500))
                Self.expectDeliveredOnce(fake, code: code)
                #expect(fake.calls(path: "/cgi-bin/component/api_query_auth").count == 1)
            }
        }
    }
}
