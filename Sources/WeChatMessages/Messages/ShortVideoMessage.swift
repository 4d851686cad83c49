/// A short video a user recorded and sent (`MsgType` `shortvideo`).
///
/// It carries exactly a video's fields; the `InboundMessage.shortVideo` case is what tells the two apart.
public typealias ShortVideoMessage = VideoMessage
