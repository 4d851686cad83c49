public import WeChatMessages

extension Matcher {
    /// A matcher for every message of one kind, handing the handler `extract`'s typed payload.
    static func kind(
        _ kinds: MessageKinds,
        _ name: String,
        extract: @escaping @Sendable (InboundMessage) -> Payload?
    ) -> Matcher {
        Matcher(kinds: kinds, shape: .kind(name), summary: name, extract: extract) { _, _ in RuleCaptures.none }
    }
}

extension Matcher where Payload == InboundMessage {
    /// Every message and event.
    public static var any: Matcher {
        Matcher(kinds: .all, shape: .everything, summary: "any", extract: { $0 }) { _, _ in RuleCaptures.none }
    }

    /// Every message whose `MsgType` this library does not model.
    public static var unknownMessage: Matcher {
        .kind(.unknown, "unknown") { if case .unknown = $0 { $0 } else { nil } }
    }
}

extension Matcher where Payload == TextMessage {
    /// Every text message.
    public static var text: Matcher {
        .kind(.text, "text") { if case .text(let message) = $0 { message } else { nil } }
    }

    /// Text that is exactly `content` (no trimming, case-sensitive).
    public static func text(_ content: String) -> Matcher {
        text.field("", \.content, equals: content, index: .textContent)
    }

    /// Text that starts with `prefix`, compared Unicode scalar by scalar as WeChat sent it (as Python's
    /// `str.startswith` does; no grapheme or normalisation rules).
    public static func text(prefix: String) -> Matcher {
        text.field("", \.content, hasPrefix: prefix)
    }

    /// Text that contains `fragment`, compared Unicode scalar by scalar as WeChat sent it (as Python's `in`
    /// does: `"👨‍👩‍👧"` contains `"👨"`).
    public static func text(contains fragment: String) -> Matcher {
        text.field("", \.content, contains: fragment)
    }

    /// Text in which `regex` finds a match; its groups reach the handler as `context.captures`.
    ///
    /// The regex searches the whole text; anchor it (`^…$`) to match all of it.
    public static func text(matching regex: some RegexComponent) -> Matcher {
        text.field("", \.content, matching: regex)
    }
}

extension Matcher where Payload == ImageMessage {
    /// Every picture.
    public static var image: Matcher {
        .kind(.image, "image") { if case .image(let message) = $0 { message } else { nil } }
    }
}

extension Matcher where Payload == VoiceMessage {
    /// Every voice clip.
    public static var voice: Matcher {
        .kind(.voice, "voice") { if case .voice(let message) = $0 { message } else { nil } }
    }
}

extension Matcher where Payload == VideoMessage {
    /// Every video.
    public static var video: Matcher {
        .kind(.video, "video") { if case .video(let message) = $0 { message } else { nil } }
    }
}

extension Matcher where Payload == ShortVideoMessage {
    /// Every short video.
    public static var shortVideo: Matcher {
        .kind(.shortVideo, "shortvideo") { if case .shortVideo(let message) = $0 { message } else { nil } }
    }
}

extension Matcher where Payload == LocationMessage {
    /// Every shared location (the `location` message, not the periodic `LOCATION` event).
    public static var location: Matcher {
        .kind(.location, "location") { if case .location(let message) = $0 { message } else { nil } }
    }
}

extension Matcher where Payload == LinkMessage {
    /// Every shared link.
    public static var link: Matcher {
        .kind(.link, "link") { if case .link(let message) = $0 { message } else { nil } }
    }
}

extension Matcher where Payload == MiniProgramPageMessage {
    /// Every mini-program page card.
    public static var miniProgramPage: Matcher {
        .kind(.miniProgramPage, "miniprogrampage") {
            if case .miniProgramPage(let message) = $0 { message } else { nil }
        }
    }
}

extension Matcher where Payload == FileMessage {
    /// Every file.
    public static var file: Matcher {
        .kind(.file, "file") { if case .file(let message) = $0 { message } else { nil } }
    }
}

extension Matcher where Payload == DeviceMessage {
    /// Every message from a WeChat hardware device (`device_text`).
    public static var deviceText: Matcher {
        .kind(.deviceText, "device_text") { if case .deviceText(let message) = $0 { message } else { nil } }
    }

    /// Every binding or subscription event of a WeChat hardware device (`device_event`).
    public static var deviceEvent: Matcher {
        .kind(.deviceEvent, "device_event") { if case .deviceEvent(let message) = $0 { message } else { nil } }
    }
}
