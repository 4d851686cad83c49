public import WeChatMessages

extension AccountAPI {
    /// Customer-service messages and typing status (`cgi-bin/message/custom/*`).
    public var customerService: CustomerService { CustomerService(api: self) }

    /// Customer-service messages, sent within 48 hours of the user's last message
    /// (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html).
    public struct CustomerService: Sendable {
        let api: AccountAPI

        /// `cgi-bin/message/custom/send`: sends `message` to `openID`; `agent` sends as that `kf_account`.
        public func send(_ message: CustomerServiceMessage, to openID: String, agent: String? = nil) async throws {
            try await api.acknowledge(
                "cgi-bin/message/custom/send",
                body: CustomerServiceRequest(openID: openID, message: message, agent: agent))
        }

        /// `cgi-bin/message/custom/typing`: shows (or hides) "typing…" to `openID` while a reply is prepared.
        public func setTyping(_ isTyping: Bool, for openID: String) async throws {
            try await api.acknowledge(
                "cgi-bin/message/custom/typing",
                body: ["touser": openID, "command": isTyping ? "Typing" : "CancelTyping"])
        }
    }
}

/// The JSON body of `message/custom/send`: the message's own `{"msgtype": T, T: {…}}` plus `touser` and
/// the optional `customservice`.
private struct CustomerServiceRequest: Encodable {
    var openID: String
    var message: CustomerServiceMessage
    var agent: String?

    enum CodingKeys: String, CodingKey {
        case openID = "touser"
        case customService = "customservice"
    }

    enum AgentKeys: String, CodingKey {
        case account = "kf_account"
    }

    func encode(to encoder: any Encoder) throws {
        try message.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(openID, forKey: .openID)
        if let agent {
            var service = container.nestedContainer(keyedBy: AgentKeys.self, forKey: .customService)
            try service.encode(agent, forKey: .account)
        }
    }
}
