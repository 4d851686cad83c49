extension InboundMessage {
    /// Decodes a (decrypted) message body; `MsgType` is matched case-insensitively, unknown types become
    /// `.unknown`.
    ///
    /// Throws the `XMLDecodingError` of the XML layer, `.missingField` for an absent header field and
    /// `.invalidField` for a non-numeric `CreateTime`.
    public init(parsing bytes: some Collection<UInt8>, limits: XMLLimits = .default) throws(XMLDecodingError) {
        try self.init(tree: try XMLTreeDecoder.parse(bytes, limits: limits))
    }

    /// Builds the typed message from an already decoded document.
    public init(tree: XMLTree) throws(XMLDecodingError) {
        let header = try MessageHeader(tree: tree)
        switch header.msgType.lowercased() {
        case "text": self = .text(TextMessage(decoding: tree, header: header))
        case "image": self = .image(ImageMessage(decoding: tree, header: header))
        case "voice": self = .voice(VoiceMessage(decoding: tree, header: header))
        case "video": self = .video(VideoMessage(decoding: tree, header: header))
        case "shortvideo": self = .shortVideo(ShortVideoMessage(decoding: tree, header: header))
        case "location": self = .location(LocationMessage(decoding: tree, header: header))
        case "link": self = .link(LinkMessage(decoding: tree, header: header))
        case "miniprogrampage": self = .miniProgramPage(MiniProgramPageMessage(decoding: tree, header: header))
        case "file": self = .file(FileMessage(header: header, raw: tree))
        case "device_text": self = .deviceText(DeviceMessage(header: header, raw: tree))
        case "device_event": self = .deviceEvent(DeviceMessage(header: header, raw: tree))
        case "event": self = .event(Event(decoding: tree, header: header))
        default: self = .unknown(UnknownMessage(header: header, raw: tree))
        }
    }
}
