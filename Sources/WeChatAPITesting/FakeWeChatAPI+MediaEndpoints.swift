import Foundation

extension FakeWeChatAPI {
    /// `cgi-bin/media/*` and `cgi-bin/material/*`, with WeChat's size and format checks and error codes
    /// (https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/New_temporary_materials.html).
    static let mediaEndpoints: [String: Endpoint] = [
        "/cgi-bin/media/upload": Endpoint(method: "POST", takesUpload: true) { .json(uploadMedia(&$0, $1)) },
        "/cgi-bin/media/get": Endpoint(method: "GET", answer: getMedia),
        "/cgi-bin/media/uploadimg": Endpoint(method: "POST", takesUpload: true) { .json(uploadArticleImage(&$0, $1)) },
        "/cgi-bin/material/add_material": Endpoint(method: "POST", takesUpload: true) { .json(addMaterial(&$0, $1)) },
        "/cgi-bin/material/get_material": Endpoint(method: "POST", answer: getMaterial),
        "/cgi-bin/material/del_material": Endpoint(method: "POST", handle: deleteMaterial),
        "/cgi-bin/material/get_materialcount": Endpoint(method: "GET", handle: countMaterial),
        "/cgi-bin/material/batchget_material": Endpoint(method: "POST", handle: listMaterial),
    ]

    /// Size limit and extensions per media type; `permanent` adds the material-only formats.
    private static func limits(of type: String, permanent: Bool) -> (maxBytes: Int, extensions: Set<String>)? {
        switch type {
        case "image": (10 << 20, permanent ? ["png", "jpeg", "jpg", "gif", "bmp"] : ["png", "jpeg", "jpg", "gif"])
        case "voice": (2 << 20, permanent ? ["amr", "mp3", "wma", "wav"] : ["amr", "mp3"])
        case "video": (10 << 20, ["mp4"])
        case "thumb": (64 << 10, ["jpg", "jpeg"])
        default: nil
        }
    }

    /// The checked upload as stored media, or WeChat's error.
    private static func checkedUpload(_ incoming: Incoming, permanent: Bool) -> Result<State.StoredMedia, FakeRefusal> {
        let type = incoming.query["type"] ?? ""
        guard let limits = limits(of: type, permanent: permanent) else {
            return .failure(FakeRefusal(40004, "invalid media type"))
        }
        guard let upload = incoming.upload, upload.fileField == "media", !upload.bytes.isEmpty else {
            return .failure(FakeRefusal(41005, "media data missing"))
        }
        let fileName = upload.fileName ?? ""
        let fileExtension = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard fileName.contains("."), limits.extensions.contains(fileExtension) else {
            return .failure(FakeRefusal(40005, "invalid file type"))
        }
        guard upload.bytes.count <= limits.maxBytes else { return .failure(FakeRefusal(40006, "invalid meida size")) }
        return .success(
            State.StoredMedia(
                type: type, fileName: fileName, contentType: upload.contentType ?? "application/octet-stream",
                bytes: upload.bytes, createdAt: Int64(Date().timeIntervalSince1970)))
    }

    private static func newMediaID() -> String {
        "MEDIA_" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
    }

    private static func uploadMedia(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        switch checkedUpload(incoming, permanent: false) {
        case .failure(let refusal): return refusal.json
        case .success(let media):
            let id = newMediaID()
            state.temporaryMedia[id] = media
            return [
                "type": .string(media.type), media.type == "thumb" ? "thumb_media_id" : "media_id": .string(id),
                "created_at": .int(media.createdAt),
            ]
        }
    }

    private static func getMedia(_ state: inout State, _ incoming: Incoming) -> Answer {
        if let error = checkAccount(state, incoming) { return .json(error) }
        guard let id = incoming.query["media_id"], let media = state.temporaryMedia[id] else {
            return .json(State.error(40007, "invalid media_id"))
        }
        if media.type == "video" { return .json(["video_url": .string("http://vweixinf.tc.qq.com/fake/\(id).mp4")]) }
        return .file(contentType: media.contentType, bytes: media.bytes)
    }

    private static func uploadArticleImage(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let upload = incoming.upload, upload.fileField == "media", !upload.bytes.isEmpty else {
            return State.error(41005, "media data missing")
        }
        let fileExtension = upload.fileName?.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard ["jpg", "jpeg", "png"].contains(fileExtension) else { return State.error(40005, "invalid file type") }
        guard upload.bytes.count < 1 << 20 else { return State.error(40006, "invalid meida size") }
        return ["url": .string("http://mmbiz.qpic.cn/mmbiz/fake/\(newMediaID())/0")]
    }

    private static func addMaterial(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        switch checkedUpload(incoming, permanent: true) {
        case .failure(let refusal): return refusal.json
        case .success(var media):
            if media.type == "video" {
                guard let description = incoming.upload?.fields["description"],
                    let json = try? JSONDecoder().decode(JSONValue.self, from: Data(description.utf8)),
                    let title = json["title"]?.stringValue, !title.isEmpty
                else { return State.error(40097, "invalid args: video needs description.title") }
                media.title = title
                media.introduction = json["introduction"]?.stringValue
            }
            let id = newMediaID()
            state.permanentMaterial[id] = media
            var answer: [String: JSONValue] = ["media_id": .string(id)]
            if media.type == "image" { answer["url"] = .string("http://mmbiz.qpic.cn/mmbiz/fake/\(id)/0") }
            return .object(answer)
        }
    }

    private static func getMaterial(_ state: inout State, _ incoming: Incoming) -> Answer {
        if let error = checkAccount(state, incoming) { return .json(error) }
        guard let id = incoming.string("media_id"), let media = state.permanentMaterial[id] else {
            return .json(State.error(40007, "invalid media_id"))
        }
        if media.type == "video" {
            return .json([
                "title": .string(media.title ?? ""), "description": .string(media.introduction ?? ""),
                "down_url": .string("http://mp.weixin.qq.com/fake/\(id).mp4"),
            ])
        }
        return .file(contentType: media.contentType, bytes: media.bytes)
    }

    private static func deleteMaterial(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let id = incoming.string("media_id"), state.permanentMaterial.removeValue(forKey: id) != nil else {
            return State.error(40007, "invalid media_id")
        }
        return State.ok
    }

    private static func countMaterial(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        func count(_ type: String) -> JSONValue { .int(Int64(state.permanentMaterial.values.filter { $0.type == type }.count)) }
        return ["voice_count": count("voice"), "video_count": count("video"), "image_count": count("image"), "news_count": 0]
    }

    private static func listMaterial(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let type = incoming.string("type"), ["image", "voice", "video", "news"].contains(type) else {
            return State.error(40004, "invalid media type")
        }
        guard let offset = incoming.body["offset"]?.intValue, let count = incoming.body["count"]?.intValue,
            offset >= 0, (1...20).contains(count)
        else { return State.error(40097, "invalid args") }
        let items = state.permanentMaterial.filter { $0.value.type == type }.sorted { $0.key < $1.key }
        let page = items.dropFirst(Int(offset)).prefix(Int(count))
        return [
            "total_count": .int(Int64(items.count)), "item_count": .int(Int64(page.count)),
            "item": .array(
                page.map { id, media in
                    ["media_id": .string(id), "name": .string(media.fileName), "update_time": .int(media.createdAt)]
                }),
        ]
    }
}

/// An `errcode`/`errmsg` refusal the fake answers.
struct FakeRefusal: Error {
    var code: Int64
    var message: String

    init(_ code: Int64, _ message: String) {
        self.code = code
        self.message = message
    }

    var json: JSONValue { FakeWeChatAPI.State.error(code, message) }
}
