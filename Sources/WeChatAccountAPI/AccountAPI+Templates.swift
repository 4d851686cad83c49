extension AccountAPI {
    /// Template messages: send, list and delete templates (`cgi-bin/message/template/send`, `cgi-bin/template/*`).
    public var templates: Templates { Templates(api: self) }

    /// Template messages (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html).
    public struct Templates: Sendable {
        let api: AccountAPI

        /// `cgi-bin/message/template/send`: sends `message`; returns WeChat's `msgid`.
        @discardableResult
        public func send(_ message: TemplateMessage) async throws -> Int64 {
            try message.validate()
            let answer: MessageID = try await api.call(.post, "cgi-bin/message/template/send", body: message)
            return answer.msgid
        }

        /// `cgi-bin/template/get_all_private_template`: the templates the account has added.
        public func list() async throws -> [MessageTemplate] {
            let answer: TemplateList = try await api.call(.get, "cgi-bin/template/get_all_private_template")
            return answer.templates
        }

        /// `cgi-bin/template/api_add_template`: adds a template from the library by its short id; returns its id.
        public func add(shortID: String, keywords: [String] = []) async throws -> String {
            guard !shortID.isEmpty else { throw WeChatAPIError.invalidRequest("template_id_short is empty") }
            let answer: AddedTemplate = try await api.call(
                .post, "cgi-bin/template/api_add_template",
                body: AddTemplateRequest(shortID: shortID, keywords: keywords))
            return answer.templateID
        }

        /// `cgi-bin/template/del_private_template`: deletes one of the account's templates.
        public func delete(templateID: String) async throws {
            try await api.acknowledge("cgi-bin/template/del_private_template", body: ["template_id": templateID])
        }
    }
}

/// One of the account's templates.
public struct MessageTemplate: Sendable, Hashable, Decodable {
    /// Its id.
    public var templateID: String
    /// Its title.
    public var title: String
    /// The industries it belongs to.
    public var primaryIndustry: String?
    /// The sub-industry.
    public var deputyIndustry: String?
    /// Its content with `{{keyword.DATA}}` placeholders.
    public var content: String
    /// An example.
    public var example: String?

    enum CodingKeys: String, CodingKey {
        case templateID = "template_id", title, primaryIndustry = "primary_industry"
        case deputyIndustry = "deputy_industry", content, example
    }
}

/// `{"msgid": …}`.
struct MessageID: Decodable {
    var msgid: Int64
}

private struct TemplateList: Decodable {
    var templates: [MessageTemplate]

    enum CodingKeys: String, CodingKey {
        case templates = "template_list"
    }
}

private struct AddedTemplate: Decodable {
    var templateID: String

    enum CodingKeys: String, CodingKey {
        case templateID = "template_id"
    }
}

private struct AddTemplateRequest: Encodable {
    var shortID: String
    var keywords: [String]

    enum CodingKeys: String, CodingKey {
        case shortID = "template_id_short", keywords = "keyword_name_list"
    }
}
