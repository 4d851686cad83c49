import Foundation
import Testing
import WeChatAPI
import WeChatAPITesting

@Suite("Proof: restart-safe credentials in a real PlatformBot process")
struct RestartProofTests {
    static let authorizer = PlatformTestKit.authorizerAppID
    static let testAccount = (appID: "wx9252c5e0bb1836fc", originalID: "gh_c0f28a78b318")

    @Test(
        "SIGKILL after a ticket and an authorization; restarted on the same SQLite file it serves at once without a new ticket"
    )
    func restartWithoutNewTicket() async throws {
        try await FakeWeChatAPI.withRunning(logger: PlatformTestKit.quiet) { fake in
            let folder = try PlatformTestKit.temporaryDirectory()
            let environment = [
                "WECHAT_COMPONENTS": PlatformTestKit.componentsJSON, "WECHAT_PORT": "0",
                "WECHAT_API_BASE_URL": fake.baseURL,
                "WECHAT_STORE": folder.appendingPathComponent("platform.sqlite").path,
            ]
            let first = try PlatformBotProcess(
                environment: environment, logURL: folder.appendingPathComponent("first.log"))
            try await PlatformClient.with(baseURL: "http://127.0.0.1:\(first.port)") { client in
                let ticket = try await client.pushNotice(WeChatPush.ticket(fake.pushVerifyTicket()))
                #expect(ticket.body == "success")
                let code = fake.mintAuthorizationCode(authorizerAppID: Self.authorizer)
                let authorized = try await client.pushNotice(WeChatPush.authorized(Self.authorizer, code: code))
                #expect(authorized.body == "success")
                #expect(
                    await PlatformTestKit.eventually {
                        !PlatformTestKit.successfulCalls(fake, "/cgi-bin/component/api_query_auth").isEmpty
                    })
            }
            let componentToken = try #require(
                PlatformTestKit.successfulCalls(fake, "/cgi-bin/component/api_query_auth").first?.query(
                    "component_access_token")
            )
            first.kill()
            print("first PlatformBot process killed with SIGKILL; log: \(first.logURL.path)")
            fake.clearCalls()

            let second = try PlatformBotProcess(
                environment: environment, logURL: folder.appendingPathComponent("second.log"))
            defer { second.terminate() }
            try await PlatformClient.with(baseURL: "http://127.0.0.1:\(second.port)") { client in
                // A JS-SDK config needs the stored authorizer token at once.
                let started = ContinuousClock.now
                let config = try await client.get(
                    "/wechat/platform/jssdk-config/\(PlatformTestKit.componentAppID)/\(Self.authorizer)?url=https%3A%2F%2Fshop.example.com%2F"
                )
                let jsWait = ContinuousClock.now - started
                #expect(config.status == 200)
                // The release test's QUERY_AUTH_CODE needs the stored component token at once.
                let code = fake.mintAuthorizationCode(authorizerAppID: Self.testAccount.appID)
                let sent = ContinuousClock.now
                let answer = try await client.pushMessage(
                    WeChatPush.text("QUERY_AUTH_CODE:\(code)", to: Self.testAccount.originalID, from: "oReleaseTester"),
                    authorizerAppID: Self.testAccount.appID, originalID: Self.testAccount.originalID
                )
                #expect(answer.status == 200 && answer.body.isEmpty)
                #expect(
                    await PlatformTestKit.eventually {
                        !PlatformTestKit.successfulCalls(fake, "/cgi-bin/message/custom/send").isEmpty
                    })
                let releaseWait = ContinuousClock.now - sent
                let send = fake.calls(path: "/cgi-bin/message/custom/send").first
                #expect(send?.body?["text"]?["content"]?.stringValue == code + "_from_api")
                print(
                    "after restart: JS-SDK config served in \(jsWait), release-test reply sent in \(releaseWait), with no new ticket push"
                )
            }
            let calls = fake.calls()
            #expect(
                calls.filter { $0.path == "/cgi-bin/component/api_component_token" }.isEmpty,
                "a new component token was needed")
            #expect(
                calls.filter { $0.path == "/cgi-bin/component/api_authorizer_token" }.isEmpty,
                "a new authorizer token was needed")
            #expect(
                calls.allSatisfy { $0.status == 200 && $0.errcode == 0 }, "\(calls.map { "\($0.path) \($0.errcode)" })")
            let queryAuth = try #require(calls.first { $0.path == "/cgi-bin/component/api_query_auth" })
            #expect(queryAuth.query("component_access_token") == componentToken, "the stored component token was used")
            #expect(
                calls.contains {
                    $0.path == "/cgi-bin/ticket/getticket" && fake.isValid(token: $0.query("access_token") ?? "")
                })
        }
    }
}
