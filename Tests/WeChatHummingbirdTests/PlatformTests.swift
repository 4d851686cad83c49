import NIOHTTP1
import Synchronization
import Testing
import WeChatBot
import WeChatBotTesting
import WeChatCrypto
import WeChatHummingbird
import WeChatMessages

@testable import EchoBot

@Suite("Third-party platform URLs")
struct PlatformTests {
    static let componentAppID = "wx_component_1"
    static let otherComponentAppID = "wx_component_2"
    static let otherKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"

    static func components() throws -> [WeChatAccount] {
        [
            try WeChatAccount(token: Fixture.token, aesKey: Fixture.aesKey, appID: componentAppID),
            try WeChatAccount(token: "pamtest", aesKey: otherKey, appID: otherComponentAppID),
        ]
    }

    /// An authorization-event envelope (`AppId` + `Encrypt`) and its query, sealed for `component`.
    static func notice(_ xml: String, component: String, token: String, key: String) throws -> (
        query: [(String, String)], body: String
    ) {
        let signed = try WeChatPeer(token: token, aesKey: key, appID: component)
            .sealed(Array(xml.utf8), envelope: .appID(component))
        return (signed.queryItems.map { ($0.name, $0.value) }, String(decoding: signed.body, as: UTF8.self))
    }

    static let ticket =
        "<xml><AppId>%@</AppId><CreateTime>1413192605</CreateTime><InfoType>component_verify_ticket</InfoType>"
        + "<ComponentVerifyTicket>ticket@@@lEHjsBEi_TPDey0IZxw4Zbb7JRYLOtEf9ksvDpSwzkwog3R6xEpdaK0yIee7JOyOXM0V7cp0dpM58GKmb8FSKA</ComponentVerifyTicket></xml>"

    @Test("a ticket push to the event URL is answered success and handed over, for each configured component")
    func ticketPush() async throws {
        let notices = Mutex<[ComponentNotice]>([])
        let server = TestServer(accounts: [], components: try Self.components()) { notice in
            notices.withLock { $0.append(notice) }
        }
        try await server.run(.echo) { client, _ async throws in
            for (component, token, key) in [
                (Self.componentAppID, Fixture.token, Fixture.aesKey),
                (Self.otherComponentAppID, "pamtest", Self.otherKey),
            ] {
                let (query, body) = try Self.notice(
                    Self.ticket.replacing("%@", with: component), component: component, token: token, key: key
                )
                let answer = try await client.request(.POST, "/wechat/platform/events", query: query, body: body)
                #expect(answer.status == 200)
                #expect(answer.body == "success")
            }
        }
        let received = notices.withLock { $0 }
        #expect(received.map(\.componentAppID) == [Self.componentAppID, Self.otherComponentAppID])
        guard case .verifyTicket(let ticket) = received.first else {
            Issue.record("expected a ticket, got \(received)")
            return
        }
        #expect(ticket.ticket.hasPrefix("ticket@@@lEHjsBEi"))
    }

    @Test("event URL refusals: unknown component 400, bad msg_signature 401, keys of another component 400")
    func eventRefusals() async throws {
        try await TestServer(accounts: [], components: try Self.components()).run(.echo) { client, _ async throws in
            let ticket = Self.ticket.replacing("%@", with: "wx_unknown")
            let (query, body) = try Self.notice(
                ticket, component: "wx_unknown", token: Fixture.token, key: Fixture.aesKey)
            #expect(try await client.request(.POST, "/wechat/platform/events", query: query, body: body).status == 400)
            var (signed, sealed) = try Self.notice(
                Self.ticket.replacing("%@", with: Self.componentAppID), component: Self.componentAppID,
                token: Fixture.token, key: Fixture.aesKey
            )
            let forged = signed.map { $0.0 == "msg_signature" ? ($0.0, String(repeating: "a", count: 40)) : $0 }
            #expect(
                try await client.request(.POST, "/wechat/platform/events", query: forged, body: sealed).status == 401)
            (signed, sealed) = try Self.notice(
                Self.ticket.replacing("%@", with: Self.componentAppID), component: Self.componentAppID,
                token: Fixture.token, key: Self.otherKey
            )
            #expect(
                try await client.request(.POST, "/wechat/platform/events", query: signed, body: sealed).status == 400)
        }
    }

    @Test("the authorizer message URL decrypts with the component's keys and answers the release-test text")
    func releaseTestText() async throws {
        try await TestServer(accounts: [], components: try Self.components()).run(.echo) { client, _ async throws in
            var componentClient = client
            componentClient.wechat = try Fixture.wechat(appID: Self.componentAppID)
            let xml = Fixture.text("TESTCOMPONENT_MSG_TYPE_TEXT").replacing(Fixture.originalID, with: "gh_3c884a361561")
            let reply = try await componentClient.reply(
                to: xml,
                mode: .safe,
                path: "/wechat/platform/\(Self.componentAppID)/wx570bc396a51b8ff8"
            )
            #expect(reply == .text("TESTCOMPONENT_MSG_TYPE_TEXT_callback"))
            let echoed = try await componentClient.reply(
                to: Fixture.text("hello authorizer", msgID: 3),
                mode: .safe,
                path: "/wechat/platform/\(Self.componentAppID)/wx_authorizer"
            )
            #expect(echoed == .text("hello authorizer"))
            let unknown = try await componentClient.post(
                Fixture.text("x"), mode: .safe, path: "/wechat/platform/wx_nobody/wx_a")
            #expect(unknown.status == 404)
            let wrongReceiver = try await client.post(
                Fixture.text("x", msgID: 4), mode: .safe, path: "/wechat/platform/\(Self.componentAppID)/wx_a")
            #expect(wrongReceiver.status == 400)
        }
    }
}
