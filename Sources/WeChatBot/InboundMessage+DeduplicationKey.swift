public import WeChatMessages

extension InboundMessage {
    /// The key that identifies WeChat's retries of this message (WeChat retries a message it got no answer for within 5 seconds), scoped by account.
    ///
    /// Messages use `MsgId`; events (and messages without an id) use sender, `CreateTime`, `Event` and
    /// `EventKey`, since a follow and a scan can share a second.
    public func deduplicationKey(scope: String) -> String {
        let header = header
        if let msgID, msgID != 0 {
            return "\(scope)|msg|\(msgID)"
        }
        let eventName: String
        let eventKey: String
        if case .event(let event) = self {
            eventName = event.name
            eventKey = event.eventKey ?? ""
        } else if case .deviceEvent(let device) = self {
            eventName = "\(header.msgType):\(device.event)"
            eventKey = device.deviceID
        } else {
            eventName = header.msgType
            eventKey = ""
        }
        return "\(scope)|evt|\(header.fromUserName)|\(header.createTime)|\(eventName)|\(eventKey)"
    }

    /// The `MsgId` of a user message, when it has one.
    private var msgID: Int64? {
        switch self {
        case .text(let message): message.msgID
        case .image(let message): message.msgID
        case .voice(let message): message.msgID
        case .video(let message): message.msgID
        case .shortVideo(let message): message.msgID
        case .location(let message): message.msgID
        case .link(let message): message.msgID
        case .miniProgramPage(let message): message.msgID
        case .file(let message): message.msgID
        case .deviceText(let message): message.msgID
        case .unknown(let message): message.raw["MsgId"].flatMap { Int64($0) }
        case .deviceEvent, .event: nil
        }
    }
}
