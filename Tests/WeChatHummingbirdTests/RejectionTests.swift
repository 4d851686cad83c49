import NIOHTTP1
import Testing
import WeChatBot
import WeChatCrypto
import WeChatHummingbird
import WeChatMessages

@testable import EchoBot

@Suite("Refusals: status codes, hostile bodies, no 5xx")
struct RejectionTests {
    @Test("bad signature and bad msg_signature are 401")
    func badSignatures() async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            var query = client.signedQuery()
            query[0] = ("signature", String(repeating: "0", count: 40))
            #expect(try await client.request(.POST, "/wechat", query: query, body: Fixture.text("x")).status == 401)
            let encrypt = try EncodingAESKey(Fixture.aesKey).encrypt(Fixture.text("x"), appID: Fixture.appID)
            var sealed = client.signedQuery(encrypt: encrypt)
            sealed[5] = ("msg_signature", String(repeating: "f", count: 40))
            let body = "<xml><Encrypt><![CDATA[\(encrypt)]]></Encrypt></xml>"
            #expect(try await client.request(.POST, "/wechat", query: sealed, body: body).status == 401)
            let unsigned = [("timestamp", "1"), ("nonce", "2")]
            #expect(try await client.request(.POST, "/wechat", query: unsigned, body: Fixture.text("x")).status == 401)
        }
    }

    @Test("bad ciphertext and a wrong appid are 400 and get no reply")
    func badCiphertext() async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            for encrypt in [
                "not*base64", "AAAA", String(repeating: "A", count: 64),
                try EncodingAESKey(Fixture.aesKey).encrypt(Fixture.text("x"), appID: "wx_someone_else"),
                try EncodingAESKey("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG").encrypt(
                    Fixture.text("x"), appID: Fixture.appID),
            ] {
                let body = "<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[\(encrypt)]]></Encrypt></xml>"
                let answer = try await client.request(
                    .POST, "/wechat", query: client.signedQuery(encrypt: encrypt), body: body)
                #expect(answer.status == 400)
                #expect(answer.body != "success")
            }
        }
    }

    @Test("a body over the limit is 413, by Content-Length and when streamed")
    func tooLarge() async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            let huge = String(repeating: "x", count: (1 << 20) + 1)
            let answer = try await client.request(.POST, "/wechat", query: client.signedQuery(), body: huge)
            #expect(answer.status == 413)
            let exactly =
                String(repeating: " ", count: (1 << 20) - Fixture.text("edge").utf8.count)
                + Fixture.text("edge", msgID: 77)
            let atLimit = try await client.request(.POST, "/wechat", query: client.signedQuery(), body: exactly)
            #expect(atLimit.status == 200)
        }
        try await TestServer(accounts: [Fixture.account()], maximumBodyBytes: 100).run(.echo) {
            client, _ async throws in
            let chunked = try await client.streamed(
                .POST, "/wechat", query: client.signedQuery(), chunks: Array(repeating: "0123456789", count: 50))
            #expect(chunked.status == 413)
        }
    }

    @Test(
        "XXE, billion laughs, garbage and empty bodies get no reply and the server keeps serving",
        arguments: SendMode.allCases)
    func hostileBodies(mode: SendMode) async throws {
        let hostile = [
            "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>",
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]><xml><Content>&lol4;</Content></xml>",
            "", "<xml>", "not xml at all", String(repeating: "<a>", count: 10_000),
            "<xml><MsgType>text</MsgType></xml>",
            "\u{0}\u{1}\u{2}", "<xml><Content><![CDATA[\u{1d}]]></Content></xml>",
        ]
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            for body in hostile {
                let answer = try await client.post(body, mode: mode)
                #expect(answer.status == 400, "\(body.prefix(40))")
                #expect(!answer.body.contains("lol"))
                #expect(!answer.body.contains("root:"))
            }
            #expect(try await client.reply(to: Fixture.text("still here"), mode: mode) == .text("still here"))
        }
    }

    @Test("unknown paths and methods answer 4xx, never 5xx")
    func neverServerErrors() async throws {
        try await TestServer(accounts: [Fixture.account()]).run(.echo) { client, _ async throws in
            for (method, path) in [
                (HTTPMethod.PUT, "/wechat"), (.DELETE, "/wechat"), (.GET, "/nowhere"),
                (.POST, "/wechat/platform/events"),
            ] {
                let answer = try await client.request(method, path, body: "x")
                #expect((400..<500).contains(answer.status), "\(method) \(path)")
            }
        }
    }
}
