import WeChatCallback

/// WeChat's side of the platform's callback URLs: the library's ``WeChatCallback/WeChatPeer`` with the fault
/// run's platform keys, returning query strings and bodies as the HTTP driver sends them.
struct WeChatSide: Sendable {
    /// The platform's callback token, EncodingAESKey and appid (the receive id of every envelope).
    static let token = "faultruntoken"
    static let aesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"

    let componentAppID: String
    let wechat: WeChatPeer

    init(componentAppID: String) throws {
        self.componentAppID = componentAppID
        wechat = try WeChatPeer(token: Self.token, aesKey: Self.aesKey, appID: componentAppID)
    }

    /// The query string and body of an encrypted POST of `xml` in `envelope`.
    func seal(_ xml: String, envelope: WeChatPeer.Envelope) throws -> (query: String, body: String) {
        let signed = try wechat.sealed(Array(xml.utf8), envelope: envelope)
        return (signed.queryString, String(decoding: signed.body, as: UTF8.self))
    }

    /// The decrypted XML of an encrypted reply (its signature verified), or `nil` when it is not sealed.
    func open(_ reply: String) throws -> String? {
        let opened = try wechat.openReply(Array(reply.utf8))
        return opened.wasSealed ? String(decoding: opened.clear, as: UTF8.self) : nil
    }

    /// A `component_verify_ticket` notice.
    func ticketNotice(_ ticket: String) -> String {
        WeChatPeer.ticketNotice(ticket, componentAppID: componentAppID)
    }

    /// An `authorized` notice carrying `code` for `authorizerAppID`.
    func authorizedNotice(_ authorizerAppID: String, code: String) -> String {
        WeChatPeer.authorizedNotice(
            authorizerAppID, code: code, componentAppID: componentAppID, preAuthCode: "preauthcode@@@faultrun")
    }

    /// A user's text message to `originalID`.
    static func text(_ content: String, to originalID: String, from openID: String, messageID: Int64) -> String {
        WeChatPeer.textMessage(content, to: originalID, from: openID, msgID: messageID)
    }
}
