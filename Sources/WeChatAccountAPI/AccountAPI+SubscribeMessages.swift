extension AccountAPI {
    /// One-time subscribe messages for Official Accounts (`cgi-bin/message/subscribe/bizsend`).
    public var subscribeMessages: SubscribeMessages { SubscribeMessages(api: self) }

    /// Subscribe messages a user agreed to receive
    /// (https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html).
    public struct SubscribeMessages: Sendable {
        let api: AccountAPI

        /// `cgi-bin/message/subscribe/bizsend`: sends `message`.
        public func send(_ message: SubscribeMessage) async throws {
            try message.validate()
            try await api.acknowledge("cgi-bin/message/subscribe/bizsend", body: message)
        }
    }
}

/// A subscribe message: a template's keywords filled for one user who subscribed to it.
public struct SubscribeMessage: Sendable, Hashable, Encodable {
    /// One keyword's value.
    public struct Field: Sendable, Hashable, Encodable {
        /// The value shown.
        public var value: String

        /// A value.
        public init(_ value: String) {
            self.value = value
        }
    }

    /// The user's openid.
    public var recipient: String
    /// The subscribe template's id.
    public var templateID: String
    /// Values by keyword name (`thing1`, `time2`, …).
    public var data: [String: Field]
    /// A web page opened on tap.
    public var page: String?
    /// A mini program page opened on tap.
    public var miniProgram: TemplateMessage.MiniProgramPage?

    /// A message for `recipient` from `templateID` with `data`.
    public init(
        to recipient: String, templateID: String, data: [String: Field], page: String? = nil,
        miniProgram: TemplateMessage.MiniProgramPage? = nil
    ) {
        self.recipient = recipient
        self.templateID = templateID
        self.data = data
        self.page = page
        self.miniProgram = miniProgram
    }

    enum CodingKeys: String, CodingKey {
        case recipient = "touser", templateID = "template_id", data, page, miniProgram = "miniprogram"
    }

    /// Checks the required fields before sending.
    public func validate() throws {
        guard !recipient.isEmpty else { throw WeChatAPIError.invalidRequest("subscribe message: touser is empty") }
        guard !templateID.isEmpty else {
            throw WeChatAPIError.invalidRequest("subscribe message: template_id is empty")
        }
        guard !data.isEmpty else { throw WeChatAPIError.invalidRequest("subscribe message: data is empty") }
    }
}
