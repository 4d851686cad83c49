public import WeChatMessages

/// Sends a message to a user outside the 5-second reply window, through WeChat's customer-service API
/// (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html).
///
/// `WeChatAPI` provides the real implementation; `WeChatBotTesting` a recording fake.
public protocol CustomerServiceSender: Sendable {
    /// Sends `message` to the user `openID` of `account`; throws when WeChat refuses (e.g. `45015`, window expired).
    func send(_ message: CustomerServiceMessage, to openID: String, account: AccountIdentity) async throws
}
