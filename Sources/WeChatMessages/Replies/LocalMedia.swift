/// A reply's picture, voice clip or video named by a file on the bot's machine instead of a media id:
/// `.file(.image("./menu.png"))`.
///
/// The bot uploads the file as temporary media on first use and keeps its media id until WeChat's
/// three-day expiry (see `MediaIDCache` in `WeChatAccountAPI`), so each file is uploaded once.
public struct LocalMedia: Sendable, Hashable, Codable {
    /// What kind of reply the file becomes.
    public enum Kind: Sendable, Hashable, Codable {
        /// An image reply (PNG, JPEG or GIF, up to 10 MB).
        case image
        /// A voice reply (AMR or MP3, up to 2 MB).
        case voice
        /// A video reply (MP4, up to 10 MB) with an optional title and description.
        case video(title: String?, description: String?)
    }

    /// The file's path, relative to the working directory or absolute.
    public var path: String
    /// The reply it becomes.
    public var kind: Kind

    /// The file at `path` as a `kind` reply.
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// The reply once the file's media id is known.
    public func reply(mediaID: String) -> Reply {
        switch kind {
        case .image: .image(mediaID: mediaID)
        case .voice: .voice(mediaID: mediaID)
        case .video(let title, let description): .video(mediaID: mediaID, title: title, description: description)
        }
    }
}

extension LocalMedia {
    /// An image reply from the file at `path`: `.file(.image("./menu.png"))`.
    public static func image(_ path: String) -> LocalMedia { LocalMedia(path: path, kind: .image) }
    /// A voice reply from the file at `path`.
    public static func voice(_ path: String) -> LocalMedia { LocalMedia(path: path, kind: .voice) }
    /// A video reply from the file at `path`, with an optional title and description.
    public static func video(_ path: String, title: String? = nil, description: String? = nil) -> LocalMedia {
        LocalMedia(path: path, kind: .video(title: title, description: description))
    }
}
