import AsyncHTTPClient
import Foundation
import Synchronization
import Testing
import WeChatAPITesting
import WeChatBotCLI
import WeChatMessages

@Suite("a reply naming a local file, served on the default SQLite store")
struct FileReplyUploadTests {
    static let aesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"

    /// `serve`'s plan for the fake's account with `rules`, on the SQLite file in `directory`.
    static func plan(fake: FakeWeChatAPI, rules: String, directory: String) throws -> ServePlan {
        var settings = ServeSettings()
        settings.port = 0
        settings.store = "sqlite:" + directory + "/wechat-bot.sqlite"
        settings.rules = rules
        settings.apiBaseURL = fake.baseURL
        let account = fake.configuration.accounts.first
        settings.accounts = [.init(token: "fileToken", aesKey: aesKey, appID: account?.key, secret: account?.value)]
        return try ServePlan(settings)
    }

    /// Taps the picture button `count` times on a server at `port`; returns the media ids of the replies.
    static func tapPicture(port: Int, appID: String, count: Int, firstMsgID: Int64) async throws -> [String] {
        let simulator = try Simulator(
            target: .init(url: "http://127.0.0.1:\(port)/wechat", token: "fileToken", aesKey: aesKey, appID: appID, mode: .safe),
            httpClient: .shared)
        var mediaIDs: [String] = []
        for index in 0..<count {
            let answer = try await simulator.send(SimulatedMessage(.click(key: "MENU_PICTURE"), msgID: firstMsgID + Int64(index)))
            if case .image(let mediaID)? = answer.reply { mediaIDs.append(mediaID) }
        }
        return mediaIDs
    }

    @Test("the file is uploaded once across three messages and a restart (the fake counts the uploads)")
    func uploadedOnceAcrossRestart() async throws {
        let directory = try TemporaryDirectory()
        let picture = directory.path + "/menu.png"
        try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: picture))
        let rules = try directory.write(
            "rules.yaml",
            "menu:\n  - name: 菜单图\n    key: MENU_PICTURE\n    reply:\n      image: \(picture)\n"
                + "rules:\n  - otherwise: true\n    reply: hi\n")
        let collected = Mutex<[String]>([])
        let uploads = try await FakeWeChatAPI.withRunning { fake in
            let plan = try Self.plan(fake: fake, rules: rules, directory: directory.path)
            let appID = plan.accounts.first?.appID ?? ""
            try await ServeEndToEndTests.serving(plan) { port, _ in
                let ids = try await Self.tapPicture(port: port, appID: appID, count: 3, firstMsgID: 100)
                collected.withLock { $0 += ids }
            }
            // The restart: a new server on the same SQLite file.
            try await ServeEndToEndTests.serving(plan) { port, _ in
                let ids = try await Self.tapPicture(port: port, appID: appID, count: 1, firstMsgID: 200)
                collected.withLock { $0 += ids }
            }
            return fake.calls(path: "/cgi-bin/media/upload")
        }
        let mediaIDs = collected.withLock { $0 }
        #expect(mediaIDs.count == 4)
        #expect(Set(mediaIDs).count == 1, "one media id for every reply")
        #expect(uploads.count == 1)
        #expect(uploads.first?.body?["size"] == 4096)
    }
}
