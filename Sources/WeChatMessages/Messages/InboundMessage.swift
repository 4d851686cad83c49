/// Everything WeChat pushes to a message URL, decoded into a typed value
/// (https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html).
///
/// Unknown `MsgType`s are not an error: they arrive as `.unknown` with every raw field.
public enum InboundMessage: Sendable, Hashable {
    /// A text message.
    case text(TextMessage)
    /// A picture.
    case image(ImageMessage)
    /// A voice clip.
    case voice(VoiceMessage)
    /// A video.
    case video(VideoMessage)
    /// A short video.
    case shortVideo(ShortVideoMessage)
    /// A shared location.
    case location(LocationMessage)
    /// A shared link.
    case link(LinkMessage)
    /// A mini-program page card (mini-program customer service).
    case miniProgramPage(MiniProgramPageMessage)
    /// A file (`MsgType` `file`).
    case file(FileMessage)
    /// A message from a WeChat hardware device (`MsgType` `device_text`).
    case deviceText(DeviceMessage)
    /// A binding or subscription event of a WeChat hardware device (`MsgType` `device_event`).
    case deviceEvent(DeviceMessage)
    /// An event (`MsgType` `event`).
    case event(Event)
    /// A message kind this library does not model.
    case unknown(UnknownMessage)

    /// The common header of whatever was received.
    public var header: MessageHeader {
        payload.header
    }

    /// The typed message or event inside, as the common protocol.
    public var payload: any InboundPayload {
        switch self {
        case .text(let message): message
        case .image(let message): message
        case .voice(let message): message
        case .video(let message): message
        case .shortVideo(let message): message
        case .location(let message): message
        case .link(let message): message
        case .miniProgramPage(let message): message
        case .file(let message): message
        case .deviceText(let message), .deviceEvent(let message): message
        case .event(let event): event.payload
        case .unknown(let message): message
        }
    }
}
