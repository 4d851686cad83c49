import Logging
import ServiceLifecycle
import Testing
import WeChatAPI
import WeChatAPITesting
import WeChatMessages

@Suite("Platform credential lifecycle")
struct PlatformCredentialsTests {
    static let authorizer = "wxauthorizer000001"

    @Test("50 concurrent callers obtain the component token with exactly 1 api_component_token call")
    func componentTokenSingleFlight() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            let tokens = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<50 { group.addTask { try await platform.componentAccessToken(harness.componentAppID) } }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(tokens.count == 1)
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_component_token").count == 1)
        }
    }

    @Test("without a verify ticket the component token is a missing credential")
    func missingTicket() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            let error = await #expect(throws: WeChatAPIError.self) {
                try await platform.componentAccessToken(harness.componentAppID)
            }
            #expect(error == .missingCredential(.componentVerifyTicket(componentAppID: harness.componentAppID)))
            #expect(harness.fake.calls().isEmpty)
            await #expect(throws: WeChatAPIError.unknownApp("wxnotconfigured")) {
                try await platform.componentAccessToken("wxnotconfigured")
            }
        }
    }

    @Test("handle(verify ticket) stores the ticket; the component token uses the latest one")
    func ticketNotice() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            harness.fake.pushVerifyTicket("ticket@@@old")
            try await platform.handle(
                .verifyTicket(.init(componentAppID: harness.componentAppID, createTime: 1, ticket: "ticket@@@old")))
            let latest = harness.fake.pushVerifyTicket("ticket@@@new")
            try await platform.handle(
                .verifyTicket(.init(componentAppID: harness.componentAppID, createTime: 2, ticket: latest)))
            _ = try await platform.componentAccessToken(harness.componentAppID)
            let call = try #require(harness.fake.calls(path: "/cgi-bin/component/api_component_token").first)
            #expect(call.body?["component_verify_ticket"] == "ticket@@@new")
            let stored = try await platform.store.load(.componentVerifyTicket(componentAppID: harness.componentAppID))
            #expect(stored?.value == "ticket@@@new")
            #expect(stored.map { ($0.expiresAt ?? 0) - $0.updatedAt } == 43_200)
        }
    }

    @Test("hostile notices: empty ticket and unknown component are refused, unknown InfoType ignored")
    func hostileNotices() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            await #expect(throws: WeChatAPIError.self) {
                try await platform.handle(
                    .verifyTicket(.init(componentAppID: harness.componentAppID, createTime: 1, ticket: "")))
            }
            await #expect(throws: WeChatAPIError.unknownApp("wxevil")) {
                try await platform.handle(.verifyTicket(.init(componentAppID: "wxevil", createTime: 1, ticket: "t")))
            }
            let unknown = try ComponentNotice(
                parsing: Array(
                    "<xml><AppId>\(harness.componentAppID)</AppId><CreateTime>1</CreateTime><InfoType>notify_new_thing</InfoType></xml>"
                        .utf8
                ))
            try await platform.handle(unknown)
            #expect(
                try await platform.store.load(.componentVerifyTicket(componentAppID: harness.componentAppID)) == nil)
        }
    }

    @Test("authorized → query auth → access and refresh token stored; authorized event")
    func authorizedNotice() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            var events = platform.events.makeAsyncIterator()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            let code = harness.fake.mintAuthorizationCode(authorizerAppID: Self.authorizer)
            try await platform.handle(
                .authorized(
                    .init(
                        componentAppID: harness.componentAppID, createTime: 1, authorizerAppID: Self.authorizer,
                        authorizationCode: code, infoType: "authorized"
                    )))
            #expect(await events.next() == .verifyTicketReceived(componentAppID: harness.componentAppID))
            guard case .componentAccessTokenRefreshed(harness.componentAppID, _)? = await events.next() else {
                Issue.record("expected the component token event")
                return
            }
            #expect(
                await events.next()
                    == .authorized(componentAppID: harness.componentAppID, authorizerAppID: Self.authorizer))
            #expect(try await platform.store.authorizers(of: harness.componentAppID) == [Self.authorizer])
            let token = try await platform.authorizerAccessToken(
                component: harness.componentAppID, authorizer: Self.authorizer)
            #expect(harness.fake.isValid(token: token))
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_authorizer_token").isEmpty)
        }
    }

    @Test("updateauthorized stores the new grant and emits the update event")
    func updateAuthorizedNotice() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            var events = platform.events.makeAsyncIterator()
            let code = harness.fake.mintAuthorizationCode(authorizerAppID: Self.authorizer)
            try await platform.handle(
                .updateAuthorized(
                    .init(
                        componentAppID: harness.componentAppID, createTime: 1, authorizerAppID: Self.authorizer,
                        authorizationCode: code,
                        infoType: "updateauthorized"
                    )))
            #expect(
                await events.next()
                    == .authorizationUpdated(componentAppID: harness.componentAppID, authorizerAppID: Self.authorizer))
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_query_auth").count == 2)
        }
    }

    @Test("unauthorized removes every credential of the authorizer")
    func unauthorizedNotice() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            _ = try await platform.jsapiTicket(component: harness.componentAppID, authorizer: Self.authorizer)
            var events = platform.events.makeAsyncIterator()
            try await platform.handle(
                .unauthorized(
                    .init(componentAppID: harness.componentAppID, createTime: 1, authorizerAppID: Self.authorizer)))
            #expect(
                await events.next()
                    == .unauthorized(componentAppID: harness.componentAppID, authorizerAppID: Self.authorizer))
            for key in [
                CredentialKey.authorizerAccessToken(
                    componentAppID: harness.componentAppID, authorizerAppID: Self.authorizer),
                .authorizerRefreshToken(componentAppID: harness.componentAppID, authorizerAppID: Self.authorizer),
                .authorizerJSAPITicket(componentAppID: harness.componentAppID, authorizerAppID: Self.authorizer),
            ] {
                #expect(try await platform.store.load(key) == nil)
            }
            #expect(try await platform.store.authorizers(of: harness.componentAppID).isEmpty)
            let error = await #expect(throws: WeChatAPIError.self) {
                try await platform.authorizerAccessToken(component: harness.componentAppID, authorizer: Self.authorizer)
            }
            #expect(error?.description.contains("authorizer_refresh_token") == true)
        }
    }

    @Test("the authorizer token is refreshed before it expires (margin), keeping the refresh token")
    func refreshBeforeExpiry() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer, refreshMargin: .seconds(7199))
            let key = CredentialKey.authorizerAccessToken(
                componentAppID: harness.componentAppID, authorizerAppID: Self.authorizer)
            let first = try #require(try await platform.store.load(key))
            try await Task.sleep(for: .milliseconds(1100))
            #expect(harness.fake.isValid(token: first.value))
            let second = try await platform.authorizerAccessToken(
                component: harness.componentAppID, authorizer: Self.authorizer)
            #expect(second != first.value)
            let refresh = try #require(harness.fake.calls(path: "/cgi-bin/component/api_authorizer_token").first)
            #expect(
                refresh.body?["authorizer_refresh_token"]
                    == (try await platform.store.load(
                        .authorizerRefreshToken(
                            componentAppID: harness.componentAppID, authorizerAppID: Self.authorizer)
                    )).map { JSONValue.string($0.value) })
        }
    }

    @Test("missing refresh tokens are recovered through the authorizer list, paging past 500")
    func recovery() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            var expected: [String: String] = [:]
            for index in 0..<501 { expected["wxlisted\(index)"] = harness.fake.addAuthorizer("wxlisted\(index)") }
            #expect(try await platform.recoverAuthorizers(componentAppID: harness.componentAppID) == 501)
            #expect(harness.fake.calls(path: "/cgi-bin/component/api_get_authorizer_list").count == 2)
            #expect(Set(try await platform.store.authorizers(of: harness.componentAppID)) == Set(expected.keys))
            let stored = try await platform.store.load(
                .authorizerRefreshToken(componentAppID: harness.componentAppID, authorizerAppID: "wxlisted500"))
            #expect(stored?.value == expected["wxlisted500"])
            #expect(try await platform.recoverAuthorizers(componentAppID: harness.componentAppID) == 0)
        }
    }

    @Test(
        "run(): recovers authorizers, refreshes due tokens proactively, ends events on shutdown",
        .timeLimit(.minutes(1))
    )
    func runLoop() async throws {
        try await withHarness { harness in
            let platform = harness.platform(refreshMargin: .seconds(7199))
            try await platform.receiveVerifyTicket(
                harness.fake.pushVerifyTicket(), componentAppID: harness.componentAppID)
            harness.fake.addAuthorizer(Self.authorizer)
            let group = ServiceGroup(services: [platform], logger: Logger(label: "test"))
            var events = platform.events.makeAsyncIterator()
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                var seen: [PlatformEvent] = []
                while let event = await events.next() {
                    seen.append(event)
                    if case .authorizerAccessTokenRefreshed(_, Self.authorizer, _) = event { break }
                }
                #expect(seen.contains { if case .componentAccessTokenRefreshed = $0 { true } else { false } })
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
            // Proactive refreshes may have queued more events after the one awaited; the sequence must still end.
            while await events.next() != nil {}
            #expect(try await platform.store.authorizers(of: harness.componentAppID) == [Self.authorizer])
        }
    }

    @Test("every consumer receives every event; descriptions carry no token values")
    func eventsFanOut() async throws {
        try await withHarness { harness in
            let platform = harness.platform()
            var first = platform.events.makeAsyncIterator()
            var second = platform.events.makeAsyncIterator()
            let ticket = harness.fake.pushVerifyTicket()
            try await platform.receiveVerifyTicket(ticket, componentAppID: harness.componentAppID)
            let token = try await platform.componentAccessToken(harness.componentAppID)
            for iterator in [0, 1] {
                let a = iterator == 0 ? await first.next() : await second.next()
                let b = iterator == 0 ? await first.next() : await second.next()
                #expect(a == .verifyTicketReceived(componentAppID: harness.componentAppID))
                guard case .componentAccessTokenRefreshed(_, let credential)? = b else {
                    Issue.record("expected the component token event")
                    continue
                }
                #expect(credential.value == token)
                #expect(!(b?.description.contains(token) ?? true))
                #expect(!(a?.description.contains(ticket) ?? true))
            }
        }
    }

    @Test("JS-SDK ticket is fetched with the authorizer token and cached")
    func jsapiTicket() async throws {
        try await withHarness { harness in
            let platform = try await harness.authorizedPlatform(Self.authorizer)
            let ticket = try await platform.jsapiTicket(component: harness.componentAppID, authorizer: Self.authorizer)
            #expect(
                try await platform.jsapiTicket(component: harness.componentAppID, authorizer: Self.authorizer) == ticket
            )
            let calls = harness.fake.calls(path: "/cgi-bin/ticket/getticket")
            #expect(calls.count == 1)
            #expect(calls.first?.queryNames == ["access_token", "type"])
            #expect(calls.first?.query("type") == "jsapi")
            let config = try await platform.jsSDKConfig(
                component: harness.componentAppID, authorizer: Self.authorizer, url: "http://a.cn/p?x=1#frag")
            #expect(config.appID == Self.authorizer)
            #expect(config.nonceString.count == 16)
            #expect(config.signature.count == 40)
        }
    }
}
