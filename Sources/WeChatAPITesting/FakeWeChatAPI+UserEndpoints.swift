import Foundation

extension FakeWeChatAPI {
    /// Followers, tags, the blacklist and parametric QR codes.
    static let userEndpoints: [String: Endpoint] = [
        "/cgi-bin/user/info": Endpoint(method: "GET", handle: userInfo),
        "/cgi-bin/user/info/batchget": Endpoint(method: "POST", handle: batchUserInfo),
        "/cgi-bin/user/get": Endpoint(method: "GET", handle: followerPage),
        "/cgi-bin/user/info/updateremark": Endpoint(method: "POST", handle: updateRemark),
        "/cgi-bin/tags/create": Endpoint(method: "POST", handle: createTag),
        "/cgi-bin/tags/get": Endpoint(method: "GET", handle: listTags),
        "/cgi-bin/tags/update": Endpoint(method: "POST", handle: updateTag),
        "/cgi-bin/tags/delete": Endpoint(method: "POST", handle: deleteTag),
        "/cgi-bin/tags/members/batchtagging": Endpoint(method: "POST") { tagMembers(&$0, $1, add: true) },
        "/cgi-bin/tags/members/batchuntagging": Endpoint(method: "POST") { tagMembers(&$0, $1, add: false) },
        "/cgi-bin/tags/getidlist": Endpoint(method: "POST", handle: tagIDs),
        "/cgi-bin/user/tag/get": Endpoint(method: "POST", handle: taggedFollowers),
        "/cgi-bin/tags/members/getblacklist": Endpoint(method: "POST", handle: blacklistPage),
        "/cgi-bin/tags/members/batchblacklist": Endpoint(method: "POST") { changeBlacklist(&$0, $1, block: true) },
        "/cgi-bin/tags/members/batchunblacklist": Endpoint(method: "POST") { changeBlacklist(&$0, $1, block: false) },
        "/cgi-bin/qrcode/create": Endpoint(method: "POST", handle: createQRCode),
    ]

    private static func profile(_ state: State, _ incoming: Incoming, openID: String, language: String) -> JSONValue {
        let nickname = incoming.configuration.followers.first { $0.openID == openID }?.nickname
        var record: [String: JSONValue] = [
            "subscribe": 1, "openid": .string(openID), "language": .string(language),
            "subscribe_time": 1_600_000_000, "unionid": "oUnionFake0001", "remark": .string(state.remarks[openID] ?? ""),
            "groupid": 0,
            "tagid_list": .array(state.tags.filter { $0.value.members.contains(openID) }.keys.sorted().map { .int($0) }),
            "subscribe_scene": "ADD_SCENE_QR_CODE", "qr_scene": 98765, "qr_scene_str": "",
        ]
        if let nickname { record["nickname"] = .string(nickname) }
        return .object(record)
    }

    private static func userInfo(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) ?? checkOpenID(incoming.query["openid"]) { return error }
        return profile(state, incoming, openID: incoming.query["openid"] ?? "", language: incoming.query["lang"] ?? "zh_CN")
    }

    private static func batchUserInfo(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let list = incoming.body["user_list"]?.arrayValue, (1...100).contains(list.count) else {
            return State.error(40032, "invalid openid list size")
        }
        var profiles: [JSONValue] = []
        for entry in list {
            if let error = checkOpenID(entry["openid"]?.stringValue) { return error }
            profiles.append(
                profile(state, incoming, openID: entry["openid"]?.stringValue ?? "", language: entry["lang"]?.stringValue ?? "zh_CN"))
        }
        return ["user_info_list": .array(profiles)]
    }

    /// One page of `openIDs` after `after`, in WeChat's shape.
    private static func page(of openIDs: [String], after: String?, size: Int, total: Int?) -> JSONValue {
        let start = after.flatMap { cursor in openIDs.firstIndex(of: cursor).map { $0 + 1 } } ?? 0
        let slice = Array(openIDs.dropFirst(start).prefix(size))
        var answer: [String: JSONValue] = [
            "count": .int(Int64(slice.count)), "next_openid": .string(slice.last ?? ""),
        ]
        if !slice.isEmpty { answer["data"] = ["openid": .array(slice.map { .string($0) })] }
        if let total { answer["total"] = .int(Int64(total)) }
        return .object(answer)
    }

    private static func followerPage(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        let openIDs = incoming.configuration.followers.map(\.openID)
        let after = incoming.query["next_openid"].flatMap { $0.isEmpty ? nil : $0 }
        return page(of: openIDs, after: after, size: incoming.configuration.followerPageSize, total: openIDs.count)
    }

    private static func updateRemark(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) ?? checkOpenID(incoming.string("openid")) { return error }
        guard let remark = incoming.string("remark"), remark.count < 30 else {
            return State.error(45064, "remark too long")
        }
        state.remarks[incoming.string("openid") ?? ""] = remark
        return State.ok
    }

    private static func createTag(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let name = incoming.body["tag"]?["name"]?.stringValue, !name.isEmpty else {
            return State.error(45157, "invalid tag name")
        }
        guard name.count <= 30 else { return State.error(45158, "tag name too long") }
        guard !state.tags.values.contains(where: { $0.name == name }) else { return State.error(45157, "invalid tag name") }
        let id = state.nextTagID
        state.nextTagID += 1
        state.tags[id] = (name, [])
        return ["tag": ["id": .int(id), "name": .string(name)]]
    }

    private static func listTags(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        return [
            "tags": .array(
                state.tags.sorted { $0.key < $1.key }.map { id, tag in
                    ["id": .int(id), "name": .string(tag.name), "count": .int(Int64(tag.members.count))]
                })
        ]
    }

    /// The tag `id` of the body's `tag` object, or WeChat's `45159`.
    private static func existingTag(_ state: State, _ value: JSONValue?) -> Result<Int64, FakeRefusal> {
        guard let id = value?.intValue, state.tags[id] != nil else { return .failure(FakeRefusal(45159, "invalid tag id")) }
        return .success(id)
    }

    private static func updateTag(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        switch existingTag(state, incoming.body["tag"]?["id"]) {
        case .failure(let refusal): return refusal.json
        case .success(let id):
            guard let name = incoming.body["tag"]?["name"]?.stringValue, (1...30).contains(name.count) else {
                return State.error(45158, "tag name too long")
            }
            state.tags[id]?.name = name
            return State.ok
        }
    }

    private static func deleteTag(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        switch existingTag(state, incoming.body["tag"]?["id"]) {
        case .failure(let refusal): return refusal.json
        case .success(let id):
            state.tags[id] = nil
            return State.ok
        }
    }

    private static func openIDList(_ incoming: Incoming, limit: Int) -> Result<[String], FakeRefusal> {
        guard let list = incoming.body["openid_list"]?.arrayValue, (1...limit).contains(list.count) else {
            return .failure(FakeRefusal(40032, "invalid openid list size"))
        }
        var openIDs: [String] = []
        for entry in list {
            guard checkOpenID(entry.stringValue) == nil, let openID = entry.stringValue else {
                return .failure(FakeRefusal(40003, "invalid openid"))
            }
            openIDs.append(openID)
        }
        return .success(openIDs)
    }

    private static func tagMembers(_ state: inout State, _ incoming: Incoming, add: Bool) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        switch (existingTag(state, incoming.body["tagid"]), openIDList(incoming, limit: 50)) {
        case (.failure(let refusal), _), (_, .failure(let refusal)): return refusal.json
        case (.success(let id), .success(let openIDs)):
            if add { state.tags[id]?.members.formUnion(openIDs) } else { state.tags[id]?.members.subtract(openIDs) }
            return State.ok
        }
    }

    private static func tagIDs(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) ?? checkOpenID(incoming.string("openid")) { return error }
        let openID = incoming.string("openid") ?? ""
        return ["tagid_list": .array(state.tags.filter { $0.value.members.contains(openID) }.keys.sorted().map { .int($0) })]
    }

    private static func taggedFollowers(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        switch existingTag(state, incoming.body["tagid"]) {
        case .failure(let refusal): return refusal.json
        case .success(let id):
            let members = (state.tags[id]?.members ?? []).sorted()
            let after = incoming.string("next_openid").flatMap { $0.isEmpty ? nil : $0 }
            return page(of: members, after: after, size: incoming.configuration.followerPageSize, total: nil)
        }
    }

    private static func blacklistPage(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        let after = incoming.string("begin_openid").flatMap { $0.isEmpty ? nil : $0 }
        return page(of: state.blacklist, after: after, size: incoming.configuration.followerPageSize, total: state.blacklist.count)
    }

    private static func changeBlacklist(_ state: inout State, _ incoming: Incoming, block: Bool) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        switch openIDList(incoming, limit: 20) {
        case .failure(let refusal): return refusal.json
        case .success(let openIDs):
            if block {
                state.blacklist += openIDs.filter { !state.blacklist.contains($0) }
            } else {
                state.blacklist.removeAll { openIDs.contains($0) }
            }
            return State.ok
        }
    }

    private static func createQRCode(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        let action = incoming.string("action_name") ?? ""
        let scene = incoming.body["action_info"]?["scene"]
        let permanent = action.hasPrefix("QR_LIMIT")
        switch action {
        case "QR_SCENE", "QR_LIMIT_SCENE":
            guard let id = scene?["scene_id"]?.intValue, id != 0, !permanent || (1...100_000).contains(id) else {
                return State.error(40097, "invalid args: scene_id")
            }
        case "QR_STR_SCENE", "QR_LIMIT_STR_SCENE":
            guard let text = scene?["scene_str"]?.stringValue, (1...64).contains(text.count) else {
                return State.error(40097, "invalid args: scene_str")
            }
        default: return State.error(40097, "invalid args: action_name")
        }
        var answer: [String: JSONValue] = [
            "ticket": .string("gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2Zha2U" + UUID().uuidString.prefix(8)),
            "url": .string("http://weixin.qq.com/q/fake" + UUID().uuidString.prefix(12)),
        ]
        if !permanent {
            let seconds = incoming.body["expire_seconds"]?.intValue ?? 60
            guard (1...2_592_000).contains(seconds) else { return State.error(40097, "invalid args: expire_seconds") }
            answer["expire_seconds"] = .int(seconds)
        }
        return .object(answer)
    }
}
