import Foundation
import NIOHTTP1
import Testing
import WeChatBot
import WeChatCrypto
import WeChatHummingbird

@testable import EchoBot

@Suite("URL verification over a real socket")
struct VerificationTests {
    /// The review's probe: any `echostr` came back as `text/plain` without `nosniff`, so a browser could be
    /// talked into sniffing it as HTML.
    @Test("the echoed echostr is text/plain with X-Content-Type-Options: nosniff")
    func echoIsNotSniffed() async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            let echo = "<html><script>alert(1)</script></html>"
            let now = String(Int64(Date().timeIntervalSince1970))
            let answer = try await client.request(
                .GET, "/wechat",
                query: [
                    ("signature", WeChatSignature.signature(token: Fixture.token, timestamp: now, nonce: "1514711492")),
                    ("echostr", echo), ("timestamp", now), ("nonce", "1514711492"),
                ]
            )
            #expect(answer.status == 200)
            #expect(answer.body == echo)
            #expect(answer.headers["Content-Type"].first == "text/plain; charset=utf-8")
            #expect(answer.headers["X-Content-Type-Options"].first == "nosniff")
        }
    }

    @Test("the official GET example (V3) answers the echostr verbatim")
    func officialExample() async throws {
        try await TestServer(accounts: [Fixture.account()], timestampWindow: nil).run(.echo) { client, _ async throws in
            let answer = try await client.request(
                .GET,
                "/wechat",
                query: [
                    ("signature", "f464b24fc39322e44b38aa78f5edd27bd1441696"), ("echostr", "4375120948345356249"),
                    ("timestamp", "1714036504"), ("nonce", "1514711492"),
                ]
            )
            #expect(answer.status == 200)
            #expect(answer.body == "4375120948345356249")
        }
    }

    @Test("a wrong, upper-case or missing signature is refused 401; missing echostr 400")
    func refusals() async throws {
        try await TestServer(accounts: [Fixture.account()], timestampWindow: nil).run(.echo) { client, _ async throws in
            let base = [("echostr", "4375120948345356249"), ("timestamp", "1714036504"), ("nonce", "1514711492")]
            for signature in [
                "f464b24fc39322e44b38aa78f5edd27bd1441697", "F464B24FC39322E44B38AA78F5EDD27BD1441696", "",
            ] {
                let answer = try await client.request(.GET, "/wechat", query: base + [("signature", signature)])
                #expect(answer.status == 401)
            }
            #expect(try await client.request(.GET, "/wechat", query: base).status == 401)
            let noEcho = [
                ("signature", "f464b24fc39322e44b38aa78f5edd27bd1441696"), ("timestamp", "1714036504"),
                ("nonce", "1514711492"),
            ]
            #expect(try await client.request(.GET, "/wechat", query: noEcho).status == 400)
        }
    }

    @Test("the encrypted echostr variant (V9) answers the decrypted echo; a changed nonce is refused")
    func encryptedEcho() async throws {
        let account = try WeChatAccount(
            token: "123456",
            aesKey: "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR",
            appID: "wx49f0ab532d5d035a"
        )
        try await TestServer(accounts: [account], timestampWindow: nil).run(.echo) { client, _ async throws in
            var query = [
                ("msg_signature", "dd6b9c95b495b3f7e2901bfbc76c664930ffdb96"), ("timestamp", "1411443780"),
                ("nonce", "437374425"), ("encrypt_type", "aes"),
                ("echostr", "4ByGGj+sVCYcvGeQYhaKIk1o0pQRNbRjxybjTGblXrBaXlTXeOo1+bXFXDQQb1o6co6Yh9Bv41n7hOchLF6p+Q=="),
            ]
            let answer = try await client.request(.GET, "/wechat", query: query)
            #expect(answer.status == 200)
            #expect(answer.body == "5927782489442352469")
            query[2] = ("nonce", "437374424")
            #expect(try await client.request(.GET, "/wechat", query: query).status == 401)
        }
    }
}
