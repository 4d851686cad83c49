import Foundation
import Testing
import WeChatAPITesting

/// `wechat-bot menu|media|qrcode|template|users` as a user runs them: the built executable against the fake
/// WeChat API, the account from `WECHAT_…` variables (as `serve` takes it).
@Suite("account commands, run as a process against the fake WeChat API")
struct AccountCommandsTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// `wechat-bot` next to the test binary, or in the package's default build folder.
    static func executable() throws -> URL {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("wechat-bot"),
            packageRoot.appendingPathComponent(".build/debug/wechat-bot"),
        ]
        return try #require(
            candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "wechat-bot executable not found (swift build --product wechat-bot)")
    }

    /// Runs `wechat-bot arguments…` with the fake's account in the environment; prints the transcript.
    static func run(_ arguments: [String], fake: FakeWeChatAPI, in directory: String) async throws -> Run {
        let (appID, secret) = try #require(fake.configuration.accounts.first)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("WECHAT_") }
        environment["WECHAT_APP_ID"] = appID
        environment["WECHAT_APP_SECRET"] = secret
        environment["WECHAT_API_BASE_URL"] = fake.baseURL
        environment["WECHAT_STORE"] = "sqlite:" + directory + "/tokens.sqlite"
        let run = try await Self.launch(arguments, environment: environment, in: directory)
        print("$ wechat-bot " + arguments.joined(separator: " ") + "\n" + run.output + run.errors + "(exit \(run.status))")
        return run
    }

    /// Runs the executable to its end without blocking a thread of the test's (and the fake's) concurrency
    /// pool: output goes to files, the exit arrives through the termination handler.
    static func launch(_ arguments: [String], environment: [String: String], in directory: String) async throws -> Run {
        let outputPath = directory + "/stdout-\(UUID().uuidString)"
        let errorPath = directory + "/stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try output.close()
        try errors.close()
        return Run(
            status: status, output: try String(contentsOfFile: outputPath, encoding: .utf8),
            errors: try String(contentsOfFile: errorPath, encoding: .utf8))
    }

    @Test("menu push (WeChat's JSON and a rules file), show, a refused menu, delete")
    func menu() async throws {
        let directory = try TemporaryDirectory()
        try await FakeWeChatAPI.withRunning { fake in
            let json = try directory.write(
                "menu.json",
                #"{"button":[{"type":"click","name":"今日歌曲","key":"V1001_TODAY_MUSIC"},{"name":"菜单","sub_button":[{"type":"view","name":"搜索","url":"http://www.soso.com/"}]}]}"#)
            let pushed = try await Self.run(["menu", "push", json], fake: fake, in: directory.path)
            #expect(pushed.status == 0)
            #expect(pushed.output == "menu pushed: 2 buttons, keys V1001_TODAY_MUSIC\n")
            let shown = try await Self.run(["menu", "show"], fake: fake, in: directory.path)
            #expect(shown.status == 0)
            #expect(shown.output.contains(#""key" : "V1001_TODAY_MUSIC""#))
            #expect(shown.output.contains(#""url" : "http://www.soso.com/""#))

            let rules = try directory.write(
                "rules.yaml",
                """
                menu:
                  - name: 今日推荐
                    key: TODAY
                    reply: 拿铁
                rules:
                  - otherwise: true
                    reply: hi
                """)
            #expect(try await Self.run(["menu", "push", rules], fake: fake, in: directory.path).status == 0)
            #expect(fake.calls(path: "/cgi-bin/menu/create").last?.body?["button"]?.arrayValue?.first?["key"] == "TODAY")

            let tooMany = try directory.write(
                "four.json",
                #"{"button":[{"type":"click","name":"a","key":"A"},{"type":"click","name":"b","key":"B"},{"type":"click","name":"c","key":"C"},{"type":"click","name":"d","key":"D"}]}"#)
            let calls = fake.calls().count
            let refused = try await Self.run(["menu", "push", tooMany], fake: fake, in: directory.path)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("menu has 4 top-level buttons; WeChat allows 1 to 3"))
            #expect(fake.calls().count == calls, "nothing was sent")

            #expect(try await Self.run(["menu", "delete"], fake: fake, in: directory.path).output == "menu deleted\n")
            let gone = try await Self.run(["menu", "show"], fake: fake, in: directory.path)
            #expect(gone.status == 1)
            #expect(gone.errors.contains("46003"))
            #expect(gone.errors.contains("menu does not exist"))
        }
    }

    @Test("media upload prints the media_id alone; a thumb over 64 KB is refused before sending")
    func media() async throws {
        let directory = try TemporaryDirectory()
        try await FakeWeChatAPI.withRunning { fake in
            let image = directory.path + "/menu.png"
            try Data(repeating: 7, count: 3000).write(to: URL(fileURLWithPath: image))
            let uploaded = try await Self.run(["media", "upload", image, "--type", "image"], fake: fake, in: directory.path)
            #expect(uploaded.status == 0)
            let mediaID = uploaded.output.trimmingCharacters(in: .newlines)
            #expect(mediaID.hasPrefix("MEDIA_") && !mediaID.contains(" "))
            #expect(fake.calls(path: "/cgi-bin/media/upload").first?.body?["size"] == 3000)
            let permanent = try await Self.run(["media", "upload", image, "--type", "image", "--permanent"], fake: fake, in: directory.path)
            #expect(permanent.status == 0)
            #expect(fake.calls(path: "/cgi-bin/material/add_material").count == 1)

            let thumb = directory.path + "/thumb.jpg"
            try Data(repeating: 7, count: 70_000).write(to: URL(fileURLWithPath: thumb))
            let refused = try await Self.run(["media", "upload", thumb, "--type", "thumb"], fake: fake, in: directory.path)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("70000 bytes; WeChat allows at most 65536 bytes for a thumb"))
            #expect(fake.calls(path: "/cgi-bin/media/upload").count == 1)
        }
    }

    @Test("qrcode create, template send (and a refusal with WeChat's code), users list")
    func qrTemplateUsers() async throws {
        let directory = try TemporaryDirectory()
        try await FakeWeChatAPI.withRunning { fake in
            let temporary = try await Self.run(["qrcode", "create", "--scene", "42", "--expires", "600"], fake: fake, in: directory.path)
            #expect(temporary.status == 0)
            #expect(temporary.output.contains("ticket: gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2Zha2U"))
            #expect(temporary.output.contains("image: https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket="))
            #expect(temporary.output.contains("expires in: 600 s"))
            #expect(fake.calls(path: "/cgi-bin/qrcode/create").last?.body?["action_name"] == "QR_SCENE")
            let permanent = try await Self.run(["qrcode", "create", "--scene", "table-7", "--permanent"], fake: fake, in: directory.path)
            #expect(permanent.status == 0)
            #expect(fake.calls(path: "/cgi-bin/qrcode/create").last?.body?["action_name"] == "QR_LIMIT_STR_SCENE")

            let sent = try await Self.run(
                [
                    "template", "send", "--to", "oFollower0000000000000000001", "--template", "TM_ORDER_SHIPPED",
                    "--data", "first=您的订单已发货#173177", "--data", "keyword1=SF1234567", "--url", "https://shop.example.com/o/1",
                ], fake: fake, in: directory.path)
            #expect(sent.status == 0)
            #expect(sent.output.hasPrefix("msgid: "))
            #expect(fake.calls(path: "/cgi-bin/message/template/send").last?.body?["data"]?["first"] == ["value": "您的订单已发货", "color": "#173177"])
            let refused = try await Self.run(
                ["template", "send", "--to", "oFollower0000000000000000001", "--template", "TM_NONE", "--data", "first=x"],
                fake: fake, in: directory.path)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("WeChat API error 40037: invalid template_id (the template id is not one this account has added)"))

            let users = try await Self.run(["users", "list"], fake: fake, in: directory.path)
            #expect(users.status == 0)
            #expect(users.output == fake.configuration.followers.map { $0.openID + "\n" }.joined())
        }
    }

    @Test("without the account's secret the commands say what is missing")
    func missingSecret() async throws {
        let directory = try TemporaryDirectory()
        let run = try await Self.launch(
            ["users", "list", "--store", "memory"],
            environment: ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("WECHAT_") }, in: directory.path)
        #expect(run.status != 0)
        #expect(run.errors.contains("needs the account's appid and AppSecret"))
    }
}
