import Testing
import WeChatAPI

@testable import PlatformBot

@Suite("PlatformBot settings")
struct PlatformBotSettingsTests {
    @Test("several platforms from WECHAT_COMPONENTS; flags win over the environment")
    func components() throws {
        let settings = try PlatformBotSettings(
            arguments: ["PlatformBot", "--port", "9001", "--store", "/tmp/x.sqlite"],
            environment: [
                "WECHAT_COMPONENTS": PlatformTestKit.componentsJSON, "WECHAT_PORT": "8000",
                "WECHAT_PUBLIC_URL": "https://p.example.com",
            ]
        )
        #expect(
            settings.components.map(\.appID) == [PlatformTestKit.componentAppID, PlatformTestKit.secondComponentAppID])
        #expect(settings.port == 9001)
        #expect(settings.sqlitePath == "/tmp/x.sqlite")
        #expect(settings.publicBaseURL == "https://p.example.com")
        #expect(settings.platformPath == "/wechat/platform")
    }

    @Test(
        "missing, empty, malformed or duplicated platform lists and bad ports are refused without echoing secrets",
        arguments: [
            [:], ["WECHAT_COMPONENTS": "[]"], ["WECHAT_COMPONENTS": "{\"appID\":\"x\"}"],
            ["WECHAT_COMPONENTS": "not json s3cr3t"],
            [
                "WECHAT_COMPONENTS":
                    "[{\"appID\":\"a\",\"secret\":\"s3cr3t\",\"token\":\"t\",\"aesKey\":\"k\"},{\"appID\":\"a\",\"secret\":\"s3cr3t\",\"token\":\"t\",\"aesKey\":\"k\"}]"
            ],
            ["WECHAT_COMPONENTS": PlatformTestKit.componentsJSON, "WECHAT_PORT": "70000"],
            ["WECHAT_COMPONENTS_FILE": "/nonexistent/components.json"],
        ])
    func refusals(environment: [String: String]) throws {
        let error = try #require(
            #expect(throws: PlatformBotError.self) {
                try PlatformBotSettings(arguments: [], environment: environment)
            })
        #expect(!error.description.contains("s3cr3t"))
        #expect(!error.description.isEmpty)
    }
}
