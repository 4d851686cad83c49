import Foundation
import Testing
import WeChatAPITesting

/// Headless Chromium from `WECHAT_TEST_CHROMIUM` (set by scripts/test when chromium is installed).
enum TestChromium {
    static let path = ProcessInfo.processInfo.environment["WECHAT_TEST_CHROMIUM"]
    static let shouldRun = path != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    /// Runs chromium headless with `arguments` then `url`; returns its standard output.
    static func run(_ arguments: [String], url: String, profile: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(
            fileURLWithPath: try #require(path, "CI=true requires WECHAT_TEST_CHROMIUM (apt-get install chromium)"))
        process.arguments =
            [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,700",
                "--user-data-dir=\(profile.path)",
                "--no-first-run", "--disable-dev-shm-usage",
            ] + arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite("Proof: the authorization page in a real headless Chromium")
struct HeadlessBrowserProofTests {
    @Test(
        "Chromium renders the page (screenshot saved) and its DOM's button goes to componentloginpage with the right parameters",
        .enabled(if: TestChromium.shouldRun, "WECHAT_TEST_CHROMIUM is not set: no headless Chromium to render with")
    )
    func renderAuthorizationPage() async throws {
        try await InProcessPlatform.withTicket { fake, server in
            let component = PlatformTestKit.componentAppID
            let folder = try PlatformTestKit.temporaryDirectory()
            let url = "http://127.0.0.1:\(server.port)/wechat/platform/authorize/\(component)"
            let screenshot = folder.appendingPathComponent("authorization-page.png")
            _ = try TestChromium.run(
                ["--screenshot=\(screenshot.path)"], url: url, profile: folder.appendingPathComponent("profile-1"))
            let image = try #require(FileManager.default.contents(atPath: screenshot.path))
            #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]), "the screenshot is a PNG")
            print("authorization page screenshot: \(screenshot.path) (\(image.count) bytes)")

            let dom = try TestChromium.run(
                ["--dump-dom"], url: url, profile: folder.appendingPathComponent("profile-2"))
            #expect(dom.contains("授权公众号或小程序"))
            let link = try AuthorizationPageTests.buttonLink(dom)
            let href = try #require(link.string)
            print("button href in the rendered DOM: \(href)")
            #expect(href.hasPrefix("https://mp.weixin.qq.com/cgi-bin/componentloginpage?"))
            #expect(AuthorizationPageTests.value("component_appid", in: link) == component)
            let preAuthCode = try #require(AuthorizationPageTests.value("pre_auth_code", in: link))
            #expect(preAuthCode.hasPrefix("preauthcode@@@"))
            #expect(
                link.percentEncodedQuery?.contains(
                    "redirect_uri=http%3A%2F%2F127.0.0.1%3A\(server.port)%2Fwechat%2Fplatform%2Fauthorized%2F\(component)"
                ) == true
            )
            #expect(
                AuthorizationPageTests.value("redirect_uri", in: link)
                    == "http://127.0.0.1:\(server.port)/wechat/platform/authorized/\(component)")
            #expect(
                fake.calls(path: "/cgi-bin/component/api_create_preauthcode").count == 1,
                "both page loads share one pre-auth code while it is valid (no WeChat quota spent per load)"
            )
        }
    }
}
