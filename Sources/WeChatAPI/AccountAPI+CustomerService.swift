public import WeChatMessages

extension AccountAPI {
    /// `cgi-bin/message/custom/send`: sends `message` to the user `openID` through the customer-service
    /// API (within WeChat's customer-service window, §5); `agent` sends as that `kf_account`.
    public func send(_ message: CustomerServiceMessage, to openID: String, agent: String? = nil) async throws {
        let _: ResponseStatus = try await post(
            "cgi-bin/message/custom/send", body: CustomerServiceRequest(openID: openID, message: message, agent: agent)
        )
    }
}

/// The JSON body of `message/custom/send`: the message's own `{"msgtype": T, T: {…}}` plus `touser` and
/// the optional `customservice` (§6.9).
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
