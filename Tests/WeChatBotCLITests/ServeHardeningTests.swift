import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Testing
import WeChatBotCLI
import WeChatCrypto
import WeChatHummingbird

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

@Suite("serve: secrets from files, key rotation, connection and admin settings")
struct ServeHardeningTests {
    static let currentKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    static let previousKey = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg"

    @Test("every secret can come from a file named by WECHAT_…_FILE or --…-file (one trailing newline dropped)")
    func secretsFromFiles() throws {
        let directory = try TemporaryDirectory()
        let secret = try directory.write("app-secret", "s3cret-from-file\n")
        let token = try directory.write("token", "tokenfromfile")
        let environment = try ServeSettings(environment: ["WECHAT_APP_SECRET_FILE": secret])
        let flags = try ServeSettings(flags: ["--token-file": token, "--component-aes-key-file": secret])
        let settings = environment.overlaid(with: flags)
        #expect(settings.accounts?.first?.secret == "s3cret-from-file")
        #expect(settings.accounts?.first?.token == "tokenfromfile")
        #expect(settings.components?.first?.aesKey == "s3cret-from-file")
        let secrets = [
            "--token", "--aes-key", "--app-secret", "--component-secret", "--component-token",
            "--component-aes-key", "--previous-aes-key", "--component-previous-aes-key",
        ]
        for flag in secrets {
            #expect(ServeSettings.variables.contains { $0.flag == flag + "-file" }, "\(flag)-file")
        }
        #expect(throws: WeChatBotCLIError.self) {
            try ServeSettings(environment: ["WECHAT_TOKEN_FILE": directory.path + "/missing"])
        }
    }

    @Test("connection, page-limit and admin settings reach the plan with their defaults")
    func connectionSettings() throws {
        let defaults = try ServePlan(ServeSettings())
        #expect(defaults.connections.idleTimeout == .seconds(30))
        #expect(defaults.connections.bodyReadTimeout == .seconds(10))
        #expect(defaults.connections.adminPort == nil)
        #expect(defaults.pageRateLimit == 30)
        #expect(defaults.banner(port: 8080).contains("health at http://127.0.0.1:8080/healthz"))
        let plan = try ServePlan(
            ServeSettings(environment: [
                "WECHAT_IDLE_TIMEOUT_MS": "5000", "WECHAT_BODY_TIMEOUT_MS": "2000", "WECHAT_PAGE_RATE_LIMIT": "0",
                "WECHAT_ADMIN_PORT": "9090", "WECHAT_METRICS_PATH": "/internal/metrics",
                "WECHAT_CLIENT_ADDRESS_HEADER": "X-Forwarded-For",
            ]))
        #expect(plan.connections.idleTimeout == .seconds(5))
        #expect(plan.connections.bodyReadTimeout == .seconds(2))
        #expect(plan.pageRateLimit == nil)
        #expect(plan.clientAddressHeader == "X-Forwarded-For")
        #expect(plan.banner(port: 8080).contains("metrics at http://127.0.0.1:9090/internal/metrics"))
        #expect(throws: WeChatBotCLIError.self) { try ServePlan(ServeSettings(flags: ["--health-path": "healthz"])) }
        #expect(throws: WeChatBotCLIError.self) {
            try ServePlan(ServeSettings(flags: ["--client-address-header": "X-Forwarded-For: 1.2.3.4"]))
        }
    }

    @Test("the README's settings table has every row of the generated one, defaults included")
    func readmeTable() throws {
        let readme = try String(
            contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md").path,
            encoding: .utf8)
        for row in ServeSettings.markdownTable.split(separator: "\n") {
            #expect(readme.contains(row), "\(row)")
        }
    }

    /// The review's probe: the key from before a rotation could not be set from `serve`, so messages WeChat
    /// still sealed with it were refused during the switch-over.
    @Test("a message sealed with the previous EncodingAESKey is answered once --previous-aes-key is set")
    func previousKey() async throws {
        for (previous, status) in [(nil, 400), (Self.previousKey, 200)] as [(String?, Int)] {
            var settings = ServeSettings()
            settings.port = 0
            settings.store = "memory"
            settings.mode = .safeOnly
            settings.accounts = [
                .init(
                    token: "rotationtoken", aesKey: Self.currentKey, appID: "wxrotation000001", previousAESKey: previous
                )
            ]
            try await ServeEndToEndTests.serving(try ServePlan(settings)) { port, _ async throws in
                #expect(
                    try await Self.postSealedWithPreviousKey(port: port) == status,
                    "previous key \(previous ?? "unset")")
            }
        }
    }

    /// POSTs a text message sealed with ``previousKey`` as WeChat does in safe mode; returns the status.
    static func postSealedWithPreviousKey(port: Int) async throws -> Int {
        let xml =
            "<xml><ToUserName><![CDATA[gh_rotation]]></ToUserName><FromUserName><![CDATA[o_rotation]]></FromUserName>"
            + "<CreateTime>\(Int(Date().timeIntervalSince1970))</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[hello]]></Content><MsgId>4242</MsgId></xml>"
        let encrypt = try MessageCipher(key: EncodingAESKey(previousKey), appID: "wxrotation000001")
            .encrypt(Array(xml.utf8))
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let nonce = "731953"
        let query = [
            "signature=" + WeChatSignature.signature(token: "rotationtoken", timestamp: timestamp, nonce: nonce),
            "timestamp=" + timestamp, "nonce=" + nonce, "encrypt_type=aes",
            "msg_signature="
                + WeChatSignature.messageSignature(
                    token: "rotationtoken", timestamp: timestamp, nonce: nonce, encrypt: encrypt),
        ].joined(separator: "&")
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/wechat?" + query)
        request.method = .POST
        let body =
            "<xml><ToUserName><![CDATA[gh_rotation]]></ToUserName><Encrypt><![CDATA[\(encrypt)]]></Encrypt></xml>"
        request.body = .bytes(Array(body.utf8))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        _ = try await response.body.collect(upTo: 1 << 20)
        return Int(response.status.code)
    }
}
