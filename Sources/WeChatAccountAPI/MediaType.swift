/// The kinds of media WeChat stores, with its documented size and format limits
/// (https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/New_temporary_materials.html and
/// https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Adding_Permanent_Assets.html).
public enum MediaType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A picture: 10 MB; PNG, JPEG, GIF (BMP too as permanent material).
    case image
    /// A voice clip: 2 MB, at most 60 s; AMR, MP3 (WMA, WAV too as permanent material).
    case voice
    /// A video: 10 MB, MP4.
    case video
    /// A thumbnail (for music and video replies): 64 KB, JPEG.
    case thumb

    /// The largest file WeChat accepts, in bytes.
    public var maxBytes: Int64 {
        switch self {
        case .image, .video: 10 << 20
        case .voice: 2 << 20
        case .thumb: 64 << 10
        }
    }

    /// File extensions WeChat accepts for temporary media (`permanent` adds the material-only formats).
    public func allowedExtensions(permanent: Bool) -> Set<String> {
        switch self {
        case .image: permanent ? ["png", "jpeg", "jpg", "gif", "bmp"] : ["png", "jpeg", "jpg", "gif"]
        case .voice: permanent ? ["amr", "mp3", "wma", "wav"] : ["amr", "mp3"]
        case .video: ["mp4"]
        case .thumb: ["jpg", "jpeg"]
        }
    }

    /// How long WeChat keeps temporary media: three days.
    public static let temporaryLifetime: Duration = .seconds(3 * 24 * 3600)

    /// The part's `Content-Type` for a file extension.
    static func contentType(forExtension fileExtension: String) -> String {
        switch fileExtension {
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "bmp": "image/bmp"
        case "amr": "audio/amr"
        case "mp3": "audio/mpeg"
        case "wma": "audio/x-ms-wma"
        case "wav": "audio/wav"
        case "mp4": "video/mp4"
        default: "application/octet-stream"
        }
    }

    /// Checks `path` against this type's size and format limits before an upload.
    func upload(of path: String, permanent: Bool, fields: [MediaUpload.Field] = []) throws -> MediaUpload {
        let file = try LocalFile(path: path)
        let allowed = allowedExtensions(permanent: permanent)
        guard allowed.contains(file.fileExtension) else {
            throw WeChatAPIError.invalidRequest(
                "\(path): a \(rawValue) must be one of \(allowed.sorted().joined(separator: ", ")), "
                    + "not \"\(file.fileExtension)\"")
        }
        guard file.size > 0 else { throw WeChatAPIError.invalidRequest("\(path): the file is empty") }
        guard file.size <= maxBytes else {
            throw WeChatAPIError.invalidRequest(
                "\(path): \(file.size) bytes; WeChat allows at most \(maxBytes) bytes for a \(rawValue)")
        }
        return MediaUpload(
            filePath: path, contentType: Self.contentType(forExtension: file.fileExtension), fields: fields)
    }
}
