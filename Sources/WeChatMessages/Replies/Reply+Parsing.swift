extension Reply {
    /// Reads a rendered reply back (for tests, simulators and tools); the inverse of `render`.
    ///
    /// Throws `.unreadable` when the XML or its header is broken and `.unsupportedType` for a `MsgType` that is
    /// not a passive reply.
    public init(parsing bytes: some Collection<UInt8>, limits: XMLLimits = .default) throws(ReplyError) {
        let tree: XMLTree
        do {
            tree = try XMLTreeDecoder.parse(bytes, limits: limits)
        } catch {
            throw .unreadable(error)
        }
        try self.init(tree: tree)
    }

    /// Builds the reply from an already decoded document.
    public init(tree: XMLTree) throws(ReplyError) {
        let header: MessageHeader
        do {
            header = try MessageHeader(tree: tree)
        } catch {
            throw .unreadable(error)
        }
        switch header.msgType.lowercased() {
        case "text":
            self = .text(tree["Content"] ?? "")
        case "image":
            self = .image(mediaID: tree.child("Image")?["MediaId"] ?? "")
        case "voice":
            self = .voice(mediaID: tree.child("Voice")?["MediaId"] ?? "")
        case "video":
            let video = tree.child("Video")
            self = .video(mediaID: video?["MediaId"] ?? "", title: video?["Title"], description: video?["Description"])
        case "music":
            let music = tree.child("Music")
            self = .music(
                Music(
                    title: music?["Title"],
                    description: music?["Description"],
                    musicURL: music?["MusicUrl"],
                    hqMusicURL: music?["HQMusicUrl"],
                    thumbMediaID: music?["ThumbMediaId"] ?? ""
                )
            )
        case "news":
            let items = tree.child("Articles")?.children(named: "item") ?? []
            self = .news(
                items.map { item in
                    Article(
                        title: item["Title"] ?? "",
                        description: item["Description"],
                        picURL: item["PicUrl"],
                        url: item["Url"]
                    )
                }
            )
        case "transfer_customer_service":
            self = .transferToCustomerService(kfAccount: tree.child("TransInfo")?["KfAccount"])
        default:
            throw .unsupportedType(header.msgType)
        }
    }
}
