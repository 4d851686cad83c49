import Logging
import Testing
import WeChatBot
import WeChatBotTesting
import WeChatMessages

@Suite("Release-test responder")
struct ReleaseTestTests {
    /// Logs to memory, so the expected retry warnings stay out of the test output.
    let bot = Bot(configuration: .init(logger: LogRecorder().logger)) {
        On(.text("TESTCOMPONENT_MSG_TYPE_TEXT")) { _, _ in .text("user rule") }
        On(.text("hello")) { _, _ in .text("rules still answer") }
        On(.event) { _, _ in .text("user event rule") }
    }

    @Test("the text probe gets TESTCOMPONENT_MSG_TYPE_TEXT_callback", arguments: ReleaseTestAccount.all)
    func textProbe(account: ReleaseTestAccount) async {
        await bot.test(account: account.identity) { client in
            #expect(
                await client.send(.text("TESTCOMPONENT_MSG_TYPE_TEXT"))
                    == .reply(.text("TESTCOMPONENT_MSG_TYPE_TEXT_callback")))
        }
    }

    @Test("any event gets <Event>from_callback, spelled as sent", arguments: ReleaseTestAccount.all)
    func eventProbe(account: ReleaseTestAccount) async {
        await bot.test(account: account.identity) { client in
            #expect(await client.send(.locationEvent(latitude: 1, longitude: 2)).text == "LOCATIONfrom_callback")
            #expect(await client.send(.subscribe()).text == "subscribefrom_callback")
            #expect(await client.send(.click(key: "K", event: "Click")).text == "Clickfrom_callback")
            #expect(await client.send(.unknownEvent("weapp_audit_success")).text == "weapp_audit_successfrom_callback")
        }
    }

    @Test(
        "QUERY_AUTH_CODE gets an empty body now, then the code is redeemed and <code>_from_api sent once",
        arguments: ReleaseTestAccount.all)
    func queryAuthCode(account: ReleaseTestAccount) async {
        await bot.test(account: account.identity) { client in
            let response = await client.send(.text("QUERY_AUTH_CODE:queryauthcode@@@abc"), from: "o_tester")
            #expect(response == .emptyBody)
            #expect(client.redeemer.attempts == 0, "the API work waits until the host runs background work")
            await client.drainBackgroundWork()
            #expect(client.redeemer.redeemedCodes == ["queryauthcode@@@abc"])
            let deliveries = client.redeemer.sender.deliveries
            #expect(deliveries.map(\.message) == [.text("queryauthcode@@@abc_from_api")])
            #expect(deliveries.map(\.openID) == ["o_tester"])
            #expect(deliveries.map(\.account.appID) == [account.identity.appID])
            #expect(
                client.customerService.deliveries.isEmpty, "the authorizer's sender is used, not the configured one")
        }
    }

    @Test("redeeming and sending are retried with back-off until they succeed", arguments: [1, 2, 3, 4, 5])
    func retries(group: Int) async {
        let sender = RecordingCustomerServiceSender(failingFirst: 2)
        let redeemer = RecordingAuthorizationCodeRedeemer(failingFirst: 2, sender: sender)
        await bot.test(account: .releaseTest(group: group, .officialAccount), redeemer: redeemer) { client in
            #expect(await client.send(.text("QUERY_AUTH_CODE:code-\(group)")) == .emptyBody)
            await client.drainBackgroundWork()
            #expect(redeemer.attempts == 3)
            #expect(
                redeemer.redeemedCodes == ["code-\(group)"], "a redeemed code is not redeemed again when sending fails")
            #expect(sender.attempts == 3)
            #expect(sender.deliveries.map(\.message) == [.text("code-\(group)_from_api")])
            #expect(
                client.clock.now.offset == .milliseconds(2 * (200 + 400)), "two back-offs of 200 ms and 400 ms per step"
            )
        }
    }

    @Test("retries are bounded: a redeemer that keeps failing gives up after the configured attempts")
    func givesUp() async {
        let redeemer = RecordingAuthorizationCodeRedeemer(failingFirst: 100)
        await bot.test(account: .releaseTest(group: 1, .miniProgram), redeemer: redeemer) { client in
            #expect(await client.send(.text("QUERY_AUTH_CODE:x")) == .emptyBody)
            await client.drainBackgroundWork()
            #expect(redeemer.attempts == RetryPolicy.default.maxAttempts)
            #expect(redeemer.sender.deliveries.isEmpty)
        }
    }

    @Test("exactly the prefix is stripped: codes may contain colons, other texts are not codes")
    func prefixStripping() async {
        await bot.test(account: .releaseTest(group: 3, .officialAccount)) { client in
            #expect(await client.send(.text("QUERY_AUTH_CODE:a:b::c")) == .emptyBody)
            #expect(await client.send(.text("QUERY_AUTH_CODE:")) == .emptyBody)
            #expect(await client.send(.text("query_auth_code:zz")) == .success)
            #expect(await client.send(.text(" QUERY_AUTH_CODE:zz")) == .success)
            await client.drainBackgroundWork()
            #expect(client.redeemer.redeemedCodes == ["a:b::c"])
            #expect(client.redeemer.sender.deliveries.map(\.message) == [.text("a:b::c_from_api")])
        }
    }

    @Test("WeChat's retry of a QUERY_AUTH_CODE message gets an empty body again and sends nothing more")
    func duplicateQueryAuthCode() async {
        await bot.test(account: .releaseTest(group: 2, .officialAccount)) { client in
            let message = client.message(.text("QUERY_AUTH_CODE:once"))
            #expect(await client.deliver(message) == .emptyBody)
            #expect(await client.deliver(message) == .emptyBody)
            await client.drainBackgroundWork()
            #expect(client.redeemer.sender.deliveries.count == 1)
        }
    }

    @Test("a test account is recognised by its appid when ToUserName is another id")
    func byAppID() async {
        let account = AccountIdentity(appID: "wx7720d01d4b2a4500", originalID: "gh_unrelated")
        await bot.test(account: account) { client in
            #expect(
                await client.send(.text("TESTCOMPONENT_MSG_TYPE_TEXT")).text == "TESTCOMPONENT_MSG_TYPE_TEXT_callback")
        }
    }

    @Test("other messages from a test account go to the rules, and get success when no rule answers")
    func otherMessages() async {
        await bot.test(account: .releaseTest(group: 4, .miniProgram)) { client in
            #expect(await client.send(.text("hello")).text == "rules still answer")
            #expect(await client.send(.image(mediaID: "m")) == .success)
        }
    }

    @Test("ordinary accounts never get release-test answers")
    func ordinaryAccount() async {
        await bot.test { client in
            #expect(await client.send(.text("TESTCOMPONENT_MSG_TYPE_TEXT")).text == "user rule")
            #expect(await client.send(.locationEvent(latitude: 1, longitude: 2)).text == "user event rule")
            #expect(await client.send(.text("QUERY_AUTH_CODE:x")) == .success)
            await client.drainBackgroundWork()
            #expect(client.redeemer.attempts == 0)
        }
    }

    @Test("the responder can be switched off")
    func switchedOff() async {
        await bot.test(
            account: .releaseTest(group: 1, .officialAccount), configure: { $0.releaseTest.isEnabled = false }
        ) { client in
            #expect(await client.send(.text("TESTCOMPONENT_MSG_TYPE_TEXT")).text == "user rule")
            #expect(await client.send(.click(key: "K")).text == "user event rule")
            #expect(await client.send(.text("QUERY_AUTH_CODE:x")) == .success)
            await client.drainBackgroundWork()
            #expect(client.redeemer.attempts == 0)
        }
    }

    @Test("without a configured redeemer the code step still answers an empty body and logs an error")
    func noRedeemer() async {
        let logs = LogRecorder()
        let configured = bot.reconfigured { $0.logger = logs.logger }
        await configured.test(
            account: .releaseTest(group: 5, .officialAccount), configure: { $0.authorizationCodeRedeemer = nil }
        ) { client in
            #expect(await client.send(.text("QUERY_AUTH_CODE:secret-code")) == .emptyBody)
            await client.drainBackgroundWork()
        }
        #expect(logs.recorded.contains { $0.level == .error && $0.message.contains("AuthorizationCodeRedeemer") })
        #expect(!logs.recorded.contains { $0.message.contains("secret-code") || $0.metadata.contains("secret-code") })
    }
}
