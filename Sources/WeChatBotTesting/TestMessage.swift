public import WeChatMessages

/// A message for a test to send to a bot, before the test client fills in sender, account, time and id.
///
/// There is a builder for every kind WeChat sends: `.text("hi")`, `.image(mediaID:)`, `.subscribe(scene:)`,
/// `.click(key:)`, … and ``event(_:)`` / ``unknown(msgType:fields:)`` for anything else.
public struct TestMessage: Sendable {
    /// What the client fills in.
    public struct Envelope: Sendable {
        /// The sender's openid.
        public let from: String
        /// The account's original id.
        public let to: String
        /// Unix seconds.
        public let createTime: Int64
        /// A fresh message id.
        public let msgID: Int64

        /// The header for a message of raw type `msgType`.
        public func header(_ msgType: String) -> MessageHeader {
            MessageHeader(toUserName: to, fromUserName: from, createTime: createTime, msgType: msgType)
        }
    }

    private let build: @Sendable (Envelope) -> InboundMessage

    /// A message built by `build` from the envelope.
    public init(_ build: @escaping @Sendable (Envelope) -> InboundMessage) {
        self.build = build
    }

    /// The inbound message for `envelope`.
    public func message(in envelope: Envelope) -> InboundMessage {
        build(envelope)
    }

    /// Text.
    public static func text(_ content: String) -> TestMessage {
        TestMessage { .text(TextMessage(header: $0.header("text"), msgID: $0.msgID, content: content)) }
    }

    /// A picture.
    public static func image(mediaID: String, picURL: String = "https://mmbiz.qpic.cn/test.jpg") -> TestMessage {
        TestMessage {
            .image(ImageMessage(header: $0.header("image"), msgID: $0.msgID, picURL: picURL, mediaID: mediaID))
        }
    }

    /// A voice clip.
    public static func voice(mediaID: String, format: String = "amr", recognition: String? = nil) -> TestMessage {
        TestMessage {
            .voice(
                VoiceMessage(
                    header: $0.header("voice"), msgID: $0.msgID, mediaID: mediaID, format: format,
                    recognition: recognition)
            )
        }
    }

    /// A video.
    public static func video(mediaID: String, thumbMediaID: String = "thumb") -> TestMessage {
        TestMessage {
            .video(
                VideoMessage(header: $0.header("video"), msgID: $0.msgID, mediaID: mediaID, thumbMediaID: thumbMediaID))
        }
    }

    /// A short video.
    public static func shortVideo(mediaID: String, thumbMediaID: String = "thumb") -> TestMessage {
        TestMessage {
            .shortVideo(
                ShortVideoMessage(
                    header: $0.header("shortvideo"), msgID: $0.msgID, mediaID: mediaID, thumbMediaID: thumbMediaID)
            )
        }
    }

    /// A shared location.
    public static func location(latitude: Double, longitude: Double, scale: Int = 15, label: String) -> TestMessage {
        TestMessage {
            .location(
                LocationMessage(
                    header: $0.header("location"),
                    msgID: $0.msgID,
                    latitude: latitude,
                    longitude: longitude,
                    scale: scale,
                    label: label
                )
            )
        }
    }

    /// A shared link.
    public static func link(title: String, description: String, url: String) -> TestMessage {
        TestMessage {
            .link(
                LinkMessage(
                    header: $0.header("link"), msgID: $0.msgID, title: title, description: description, url: url))
        }
    }

    /// A mini-program page card.
    public static func miniProgramPage(
        appID: String,
        title: String,
        pagePath: String,
        thumbURL: String = "https://mmbiz.qpic.cn/thumb.jpg",
        thumbMediaID: String = "thumb"
    ) -> TestMessage {
        TestMessage {
            .miniProgramPage(
                MiniProgramPageMessage(
                    header: $0.header("miniprogrampage"),
                    msgID: $0.msgID,
                    appID: appID,
                    title: title,
                    pagePath: pagePath,
                    thumbURL: thumbURL,
                    thumbMediaID: thumbMediaID
                )
            )
        }
    }

    /// A message of a `MsgType` the library does not model, with extra leaf fields (and a `MsgId`).
    public static func unknown(msgType: String, fields: [String: String] = [:]) -> TestMessage {
        TestMessage { envelope in
            let header = envelope.header(msgType)
            let leaves = [
                XMLTree(name: "ToUserName", text: header.toUserName),
                XMLTree(name: "FromUserName", text: header.fromUserName),
                XMLTree(name: "CreateTime", text: String(header.createTime)),
                XMLTree(name: "MsgType", text: msgType),
                XMLTree(name: "MsgId", text: String(envelope.msgID)),
            ]
            let extra = fields.sorted { $0.key < $1.key }.map { XMLTree(name: $0.key, text: $0.value) }
            return .unknown(UnknownMessage(header: header, raw: XMLTree(name: "xml", children: leaves + extra)))
        }
    }

    /// Any event, built from its header (`MsgType` `event`): the way to send the rarer events.
    public static func event(_ build: @escaping @Sendable (MessageHeader) -> Event) -> TestMessage {
        TestMessage { .event(build($0.header("event"))) }
    }
}
