import Foundation

extension FakeWeChatAPI {
    /// Template messages, subscribe messages, template management and typing status.
    static let messageEndpoints: [String: Endpoint] = [
        "/cgi-bin/message/template/send": Endpoint(method: "POST", handle: sendTemplate),
        "/cgi-bin/template/get_all_private_template": Endpoint(method: "GET", handle: listTemplates),
        "/cgi-bin/template/api_add_template": Endpoint(method: "POST", handle: addTemplate),
        "/cgi-bin/template/del_private_template": Endpoint(method: "POST", handle: deleteTemplate),
        "/cgi-bin/message/subscribe/bizsend": Endpoint(method: "POST", handle: sendSubscribeMessage),
        "/cgi-bin/message/custom/typing": Endpoint(method: "POST", handle: typing),
    ]

    /// The templates the account has now: configured plus added, minus deleted.
    private static func templates(_ state: State, _ incoming: Incoming) -> [String: String] {
        incoming.configuration.templates.merging(state.addedTemplates) { _, added in added }
            .filter { !state.deletedTemplates.contains($0.key) }
    }

    /// `40003` unless `openID` looks like an openid.
    static func checkOpenID(_ openID: String?) -> JSONValue? {
        guard let openID, (1...64).contains(openID.utf8.count),
            openID.utf8.allSatisfy({ byte in
                byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (48...57).contains(byte)
                    || (65...90).contains(byte) || (97...122).contains(byte)
            })
        else { return State.error(40003, "invalid openid") }
        return nil
    }

    private static func checkData(_ data: JSONValue?) -> JSONValue? {
        guard let fields = data?.objectValue, !fields.isEmpty,
            fields.values.allSatisfy({ $0["value"]?.stringValue != nil })
        else { return State.error(47003, "argument invalid! data.value empty") }
        return nil
    }

    private static func sendTemplate(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) ?? checkOpenID(incoming.string("touser")) { return error }
        guard let id = incoming.string("template_id"), templates(state, incoming)[id] != nil else {
            return State.error(40037, "invalid template_id")
        }
        if let error = checkData(incoming.body["data"]) { return error }
        if let url = incoming.string("url"), !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            return State.error(40039, "invalid url size")
        }
        return ["errcode": 0, "errmsg": "ok", "msgid": .int(Int64(state.calls.count) + 200_228_332)]
    }

    private static func listTemplates(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        return [
            "template_list": .array(
                templates(state, incoming).sorted { $0.key < $1.key }.map { id, title in
                    [
                        "template_id": .string(id), "title": .string(title), "primary_industry": "IT科技",
                        "deputy_industry": "互联网|电子商务", "content": "{{first.DATA}}\n{{keyword1.DATA}}\n{{remark.DATA}}",
                        "example": "",
                    ]
                })
        ]
    }

    private static func addTemplate(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let shortID = incoming.string("template_id_short"), !shortID.isEmpty else {
            return State.error(40037, "invalid template_id")
        }
        let id = "TM_" + shortID + "_" + UUID().uuidString.prefix(8)
        state.addedTemplates[id] = shortID
        return ["errcode": 0, "errmsg": "ok", "template_id": .string(id)]
    }

    private static func deleteTemplate(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) { return error }
        guard let id = incoming.string("template_id"), templates(state, incoming)[id] != nil else {
            return State.error(40037, "invalid template_id")
        }
        state.deletedTemplates.insert(id)
        return State.ok
    }

    private static func sendSubscribeMessage(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) ?? checkOpenID(incoming.string("touser")) { return error }
        guard let id = incoming.string("template_id"), incoming.configuration.subscribeTemplates.contains(id) else {
            return State.error(40037, "invalid template_id")
        }
        return checkData(incoming.body["data"]) ?? State.ok
    }

    private static func typing(_ state: inout State, _ incoming: Incoming) -> JSONValue {
        if let error = checkAccount(state, incoming) ?? checkOpenID(incoming.string("touser")) { return error }
        guard ["Typing", "CancelTyping"].contains(incoming.string("command") ?? "") else {
            return State.error(40097, "invalid args")
        }
        return State.ok
    }
}
