import Synchronization
import Foundation
import Testing
import WeChatAccountAPI
import WeChatMessages

@Suite("Request building and validation")
struct RequestBuildingTests {
    @Test("QR codes: action names, scenes and expiry as WeChat documents them")
    func qrCodes() async throws {
        let answer = #"{"ticket":"gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==","expire_seconds":60,"url":"http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI"}"#
        let (api, transport) = scriptedAPI(["cgi-bin/qrcode/create": answer])
        let code = try await api.qrCodes.temporary(scene: .integer(123), expiresIn: 604_800)
        #expect(code.expiresIn == 60)
        #expect(code.imageURL == "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw%3D%3D")
        _ = try await api.qrCodes.temporary(scene: .string("welcome"), expiresIn: 60)
        _ = try await api.qrCodes.permanent(scene: .integer(100_000))
        _ = try await api.qrCodes.permanent(scene: .string("shop-7"))
        #expect(transport.body(0) == #"{"action_info":{"scene":{"scene_id":123}},"action_name":"QR_SCENE","expire_seconds":604800}"#)
        #expect(transport.body(1) == #"{"action_info":{"scene":{"scene_str":"welcome"}},"action_name":"QR_STR_SCENE","expire_seconds":60}"#)
        #expect(transport.body(2) == #"{"action_info":{"scene":{"scene_id":100000}},"action_name":"QR_LIMIT_SCENE"}"#)
        #expect(transport.body(3) == #"{"action_info":{"scene":{"scene_str":"shop-7"}},"action_name":"QR_LIMIT_STR_SCENE"}"#)
    }

    @Test("QR code limits are checked before sending")
    func qrCodeLimits() async throws {
        let (api, transport) = scriptedAPI()
        await #expect(throws: WeChatAPIError.self) { try await api.qrCodes.temporary(scene: .integer(1), expiresIn: 2_592_001) }
        await #expect(throws: WeChatAPIError.self) { try await api.qrCodes.temporary(scene: .integer(0)) }
        await #expect(throws: WeChatAPIError.self) { try await api.qrCodes.permanent(scene: .integer(100_001)) }
        await #expect(throws: WeChatAPIError.self) { try await api.qrCodes.permanent(scene: .string(String(repeating: "s", count: 65))) }
        await #expect(throws: WeChatAPIError.self) { try await api.qrCodes.permanent(scene: .string("")) }
        #expect(transport.requests.isEmpty)
    }

    @Test("template messages: body as documented, colours and required fields checked first")
    func templateMessages() async throws {
        let (api, transport) = scriptedAPI(["cgi-bin/message/template/send": #"{"errcode":0,"errmsg":"ok","msgid":200228332}"#])
        let message = TemplateMessage(
            to: "OPENID", templateID: "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY",
            data: ["first": .init("恭喜你购买成功！", color: "#173177"), "keyword1": .init("巧克力")],
            url: "http://weixin.qq.com/download",
            miniProgram: .init(appID: "xiaochengxuappid12345", pagePath: "index?foo=bar"))
        #expect(try await api.templates.send(message) == 200_228_332)
        #expect(transport.body(0) == ##"{"data":{"first":{"color":"#173177","value":"恭喜你购买成功！"},"keyword1":{"value":"巧克力"}},"miniprogram":{"appid":"xiaochengxuappid12345","pagepath":"index?foo=bar"},"template_id":"ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY","touser":"OPENID","url":"http://weixin.qq.com/download"}"##)
        var badColor = message
        badColor.data["first"]?.color = "blue"
        await #expect(throws: WeChatAPIError.self) { try await api.templates.send(badColor) }
        await #expect(throws: WeChatAPIError.self) { try await api.templates.send(TemplateMessage(to: "", templateID: "T", data: ["a": .init("b")])) }
        await #expect(throws: WeChatAPIError.self) { try await api.templates.send(TemplateMessage(to: "o", templateID: "T", data: [:])) }
        await #expect(throws: WeChatAPIError.self) {
            try await api.subscribeMessages.send(SubscribeMessage(to: "o", templateID: "", data: ["thing1": .init("x")]))
        }
        #expect(transport.requests.count == 1)
    }

    @Test("batch user info goes in chunks of 100; tagging in chunks of 50; blacklist in chunks of 20")
    func chunking() async throws {
        let (api, transport) = scriptedAPI(["cgi-bin/user/info/batchget": #"{"user_info_list":[{"subscribe":1,"openid":"o"}]}"#])
        let openIDs = (1...250).map { "o\($0)" }
        let profiles = try await api.users.info(openIDs: openIDs)
        #expect(profiles.count == 3)
        try await api.tags.tag(openIDs, with: 134)
        try await api.users.block(Array(openIDs.prefix(41)))
        let paths = transport.requests.map(\.path)
        #expect(paths.filter { $0 == "cgi-bin/user/info/batchget" }.count == 3)
        #expect(paths.filter { $0 == "cgi-bin/tags/members/batchtagging" }.count == 5)
        #expect(paths.filter { $0 == "cgi-bin/tags/members/batchblacklist" }.count == 3)
        #expect(transport.body(0)?.hasPrefix(#"{"user_list":[{"lang":"zh_CN","openid":"o1"}"#) == true)
    }

    @Test("the follower list is an AsyncSequence over next_openid pages")
    func followerPaging() async throws {
        let pages = PageScript([
            nil: #"{"total":5,"count":2,"data":{"openid":["o1","o2"]},"next_openid":"o2"}"#,
            "o2": #"{"total":5,"count":2,"data":{"openid":["o3","o4"]},"next_openid":"o4"}"#,
            "o4": #"{"total":5,"count":1,"data":{"openid":["o5"]},"next_openid":"o5"}"#,
            "o5": #"{"total":5,"count":0,"next_openid":""}"#,
        ])
        let api = AccountAPI(appID: "wx1", transport: pages)
        var all: [String] = []
        for try await openID in api.users.all() { all.append(openID) }
        #expect(all == ["o1", "o2", "o3", "o4", "o5"])
        #expect(pages.cursors == [nil, "o2", "o4", "o5"])
    }

    @Test("customer service: typing status and messages with an agent")
    func customerService() async throws {
        let (api, transport) = scriptedAPI()
        try await api.customerService.setTyping(true, for: "OPENID")
        try await api.customerService.send(.text("Hello World"), to: "OPENID", agent: "test1@kftest")
        #expect(transport.body(0) == #"{"command":"Typing","touser":"OPENID"}"#)
        #expect(transport.body(1) == #"{"customservice":{"kf_account":"test1@kftest"},"msgtype":"text","text":{"content":"Hello World"},"touser":"OPENID"}"#)
    }

    @Test("the generic call reuses the transport and surfaces WeChat's errcode")
    func genericCall() async throws {
        struct Summary: Decodable { var list: [Day] }
        struct Day: Decodable { var ref_date: String; var new_user: Int }
        let (api, transport) = scriptedAPI([
            "datacube/getusersummary": #"{"list":[{"ref_date":"2014-12-07","user_source":0,"new_user":0,"cancel_user":0}]}"#,
            "cgi-bin/shorturl": #"{"errcode":40001,"errmsg":"invalid credential"}"#,
        ])
        let summary: Summary = try await api.call(
            .post, "datacube/getusersummary", body: ["begin_date": "2014-12-02", "end_date": "2014-12-07"])
        #expect(summary.list.first?.ref_date == "2014-12-07")
        #expect(transport.body(0) == #"{"begin_date":"2014-12-02","end_date":"2014-12-07"}"#)
        let refused = await #expect(throws: WeChatAPIError.self) {
            _ = try await api.call(.post, "cgi-bin/shorturl", body: ["action": "long2short"], as: WeChatAPIStatus.self)
        }
        #expect(refused?.errcode == 40001)
        #expect(refused?.description.contains("access token invalid") == true)
    }

    @Test("media files are checked for size and format before any upload")
    func mediaLimits() async throws {
        let (api, transport) = scriptedAPI()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("media-limits-\(UInt64.random(in: 0 ... .max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, bytes: Int) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try Data(repeating: 0xFF, count: bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
        let bigThumb = try file("thumb.jpg", bytes: 64 * 1024 + 1)
        let thumbError = await #expect(throws: WeChatAPIError.self) { try await api.media.upload(file: bigThumb, type: .thumb) }
        #expect(thumbError?.description.contains("65537 bytes; WeChat allows at most 65536 bytes for a thumb") == true)
        let bmp = try file("photo.bmp", bytes: 10)
        let formatError = await #expect(throws: WeChatAPIError.self) { try await api.media.upload(file: bmp, type: .image) }
        #expect(formatError?.description.contains("not \"bmp\"") == true)
        let bigVoice = try file("voice.mp3", bytes: 2 * 1024 * 1024 + 1)
        await #expect(throws: WeChatAPIError.self) { try await api.material.add(file: bigVoice, type: .voice) }
        await #expect(throws: WeChatAPIError.self) { try await api.media.upload(file: folder.path + "/missing.png", type: .image) }
        let empty = try file("empty.png", bytes: 0)
        await #expect(throws: WeChatAPIError.self) { try await api.media.upload(file: empty, type: .image) }
        let bigArticleImage = try file("article.png", bytes: 1 << 20)
        await #expect(throws: WeChatAPIError.self) { try await api.media.uploadArticleImage(file: bigArticleImage) }
        let video = try file("clip.mp4", bytes: 10)
        await #expect(throws: WeChatAPIError.self) { try await api.material.add(file: video, type: .video) }
        await #expect(throws: WeChatAPIError.self) { try await api.material.list(.image, count: 21) }
        #expect(transport.requests.isEmpty)
        await #expect(throws: WeChatAPIError.self) { try await api.material.add(file: bmp, type: .image) }  // BMP passes our checks; the scripted answer lacks media_id
        #expect(transport.requests.first?.path == "cgi-bin/material/add_material")
    }

    @Test("tag names and remarks are checked before sending")
    func tagAndRemarkLimits() async throws {
        let (api, transport) = scriptedAPI()
        await #expect(throws: WeChatAPIError.self) { try await api.tags.create(name: String(repeating: "标", count: 31)) }
        await #expect(throws: WeChatAPIError.self) { try await api.tags.create(name: "") }
        await #expect(throws: WeChatAPIError.self) { try await api.users.setRemark(String(repeating: "r", count: 30), for: "o") }
        #expect(transport.requests.isEmpty)
    }
}

/// Answers `user/get` pages by the `next_openid` asked for.
final class PageScript: WeChatAPITransport {
    private let pages: [String?: String]
    private let asked = Mutex<[String?]>([])

    init(_ pages: [String?: String]) {
        self.pages = pages
    }

    var cursors: [String?] { asked.withLock { $0 } }

    func send(_ request: WeChatAPIRequest) async throws -> WeChatAPIResponse {
        let cursor = request.query.first { $0.0 == "next_openid" }?.1
        asked.withLock { $0.append(cursor) }
        return WeChatAPIResponse(contentType: "application/json", body: Array((pages[cursor] ?? "{}").utf8))
    }
}
