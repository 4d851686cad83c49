import Testing
import WeChatBot
import WeChatBotTesting
import WeChatCallback
import WeChatCrypto
import WeChatMessages

/// The doors an outside review found open (issue 13, item 1) and the signature rule of issue 12, item 4,
/// probed on the pipeline itself.
@Suite("Callback security")
struct CallbackSecurityTests {
    let clock = WallClock(1_714_112_445)
    let handled = HandledCount()

    func bot(clock botClock: TestClock? = nil, redeemer: RecordingAuthorizationCodeRedeemer? = nil) -> Bot {
        let handled = handled
        return Bot(
            configuration: .init(
                logger: quietLogger, clock: botClock ?? TestClock(), authorizationCodeRedeemer: redeemer)
        ) {
            On(.text) { message, _ in
                handled.increment()
                return .text("echo: \(message.content)")
            }
        }
    }

    var configuration: WeChatEndpointConfiguration {
        WeChatEndpointConfiguration(logger: quietLogger, unixTime: { [clock] in clock.now })
    }

    func officialAccount(_ bot: Bot, mode: CallbackMode? = nil) throws -> CallbackEndpoint {
        let account = try WeChatAccount(token: Fixture.token, aesKey: Fixture.aesKey, appID: Fixture.appID, mode: mode)
        return .officialAccount(account, bot: bot, route: "/wechat", configuration: configuration)
    }

    func platform(_ bot: Bot) throws -> CallbackEndpoint {
        let component = try WeChatAccount(token: Fixture.token, aesKey: Fixture.aesKey, appID: Fixture.appID)
        return .platformMessages(components: [component], bot: bot, route: "/platform", configuration: configuration)
    }

    var now: String { String(clock.now) }

    /// A text message sealed and signed now, as WeChat posts it in safe mode.
    func sealedText(_ content: String = "hi", msgID: Int64 = 1, signsPlainly: Bool = true) throws
        -> WeChatPeer.SignedRequest
    {
        try Fixture.wechat.sealed(
            Fixture.text(content, msgID: msgID), envelope: .toUserName(Fixture.originalID), timestamp: now,
            signsPlainly: signsPlainly)
    }

    @Test("a wrong signature next to a valid msg_signature is refused with 401")
    func wrongSignatureWithValidMessageSignature() async throws {
        let bot = bot()
        let endpoint = try officialAccount(bot)
        var request = try sealedText()
        #expect(request.queryItems[0].name == "signature")
        request.queryItems[0].value = String(repeating: "0", count: 40)
        try await withBackgroundWork(of: bot) {
            let answer = await endpoint.respond(to: request)
            #expect(answer.status == 401)
            #expect(answer.outcome == "unauthorized")
        }
        #expect(handled.value == 0)
    }

    @Test("the same request with its signature intact, or without one, is answered")
    func validSignatures() async throws {
        let bot = bot()
        let endpoint = try officialAccount(bot)
        let signed = try sealedText()
        let unsigned = try sealedText(msgID: 2, signsPlainly: false)
        try await withBackgroundWork(of: bot) {
            for request in [signed, unsigned] {
                let answer = await endpoint.respond(to: request)
                #expect(answer.status == 200)
                let reply = try Reply(parsing: Fixture.wechat.openReply(Array(answer.body.utf8)).clear)
                #expect(reply == .text("echo: hi"))
            }
        }
        #expect(handled.value == 2)
    }

    @Test("plaintext to a platform message URL is refused")
    func plaintextToPlatform() async throws {
        let bot = bot()
        let endpoint = try platform(bot)
        let request = Fixture.wechat.plain(Fixture.text("hi"), timestamp: now)
        try await withBackgroundWork(of: bot) {
            let answer = await endpoint.respond(to: request, component: Fixture.appID, authorizer: "wx0123456789abcdef")
            #expect(answer.status == 400)
            #expect(answer.outcome == "wrong-mode")
        }
        #expect(handled.value == 0)
    }

    @Test("a forged plaintext QUERY_AUTH_CODE from the release-test account redeems nothing")
    func forgedQueryAuthCode() async throws {
        let redeemer = RecordingAuthorizationCodeRedeemer()
        let bot = bot(redeemer: redeemer)
        let platform = try platform(bot)
        let account = try officialAccount(bot)
        let forged = Fixture.wechat.plain(
            Fixture.text("QUERY_AUTH_CODE:queryauthcode@@@forged", to: Fixture.releaseTest.originalID), timestamp: now)
        try await withBackgroundWork(of: bot) {
            let toPlatform = await platform.respond(
                to: forged, component: Fixture.appID, authorizer: Fixture.releaseTest.appID)
            let toAccount = await account.respond(to: forged)
            #expect([toPlatform.status, toAccount.status] == [400, 400])
        }
        #expect(redeemer.redeemedCodes.isEmpty)
        #expect(redeemer.attempts == 0)
    }

    @Test("an account with an EncodingAESKey refuses plaintext unless compatible mode is chosen")
    func plaintextNeedsCompatibleMode() async throws {
        let bot = bot()
        let safe = try officialAccount(bot)
        let compatible = try officialAccount(bot, mode: .compatible)
        let request = Fixture.wechat.plain(Fixture.text("hi"), timestamp: now)
        try await withBackgroundWork(of: bot) {
            #expect(await safe.respond(to: request).status == 400)
            let answer = await compatible.respond(to: request)
            #expect(answer.status == 200)
            let reply = try Reply(parsing: Array(answer.body.utf8))
            #expect(reply == .text("echo: hi"))
        }
        #expect(handled.value == 1)
    }

    @Test("a stale timestamp is refused, on messages and on the verification GET")
    func staleTimestamp() async throws {
        let bot = bot()
        let endpoint = try officialAccount(bot)
        let stale = try Fixture.wechat.sealed(
            Fixture.text("hi"), envelope: .toUserName(Fixture.originalID), timestamp: "1000000000")
        let staleCheck = Fixture.wechat.verification(echo: "42", timestamp: "1000000000")
        let justInside = try Fixture.wechat.sealed(
            Fixture.text("hi", msgID: 2), envelope: .toUserName(Fixture.originalID), timestamp: String(clock.now - 300))
        try await withBackgroundWork(of: bot) {
            #expect(await endpoint.respond(to: stale).status == 401)
            #expect(await endpoint.respond(to: staleCheck, method: .get).status == 401)
            #expect(await endpoint.respond(to: justInside).status == 200)
        }
        #expect(handled.value == 1)
    }

    @Test("a signed request replayed after the de-duplication window is not handled again")
    func replayAfterDeduplicationWindow() async throws {
        let botClock = TestClock()
        let bot = bot(clock: botClock)
        let endpoint = try officialAccount(bot)
        let request = try sealedText()
        try await withBackgroundWork(of: bot) {
            #expect(await endpoint.respond(to: request).status == 200)
            // WeChat's retry, seconds later: answered from the de-duplication store, not handled again.
            clock.advance(by: 5)
            #expect(await endpoint.respond(to: request).status == 200)
            // The same request two minutes later: the bot's 60 s de-duplication key is gone, the timestamp is
            // still inside the 5-minute window.
            clock.advance(by: 115)
            botClock.advance(by: .seconds(120))
            let replay = await endpoint.respond(to: request)
            #expect(replay.status == 409)
            #expect(replay.outcome == "replayed")
        }
        #expect(handled.value == 1)
    }

    @Test("a signed platform message replayed under another authorizer's path is not handled again")
    func replayUnderAnotherAuthorizer() async throws {
        let bot = bot()
        let endpoint = try platform(bot)
        let request = try sealedText()
        try await withBackgroundWork(of: bot) {
            let first = await endpoint.respond(to: request, component: Fixture.appID, authorizer: "wx00000000000000a1")
            #expect(first.status == 200)
            let replay = await endpoint.respond(to: request, component: Fixture.appID, authorizer: "wx00000000000000b2")
            #expect(replay.status == 409)
        }
        #expect(handled.value == 1)
    }

    @Test("plaintext, stale and replayed notices on the component-event URL are refused")
    func componentEventsRefusePlaintext() async throws {
        let bot = bot()
        let component = try WeChatAccount(token: Fixture.token, aesKey: Fixture.aesKey, appID: Fixture.appID)
        let notices = HandledCount()
        let endpoint = CallbackEndpoint.componentEvents(
            components: [component], bot: bot, route: "/events", configuration: configuration
        ) { _ in notices.increment() }
        let ticket = Array(WeChatPeer.ticketNotice("ticket@@@x", componentAppID: Fixture.appID).utf8)
        var plaintext = Fixture.wechat.plain(ticket, timestamp: now)
        plaintext.queryItems.append(("msg_signature", String(repeating: "0", count: 40)))
        let stale = try Fixture.wechat.sealed(ticket, envelope: .appID(Fixture.appID), timestamp: "1000000000")
        let good = try Fixture.wechat.sealed(ticket, envelope: .appID(Fixture.appID), timestamp: now)
        try await withBackgroundWork(of: bot) {
            #expect(await endpoint.respond(to: plaintext).status == 400)
            #expect(await endpoint.respond(to: stale).status == 401)
            #expect(await endpoint.respond(to: good).outcome == "success")
            clock.advance(by: 120)
            #expect(await endpoint.respond(to: good).outcome == "replayed")
        }
        #expect(notices.value == 1)
    }
}
