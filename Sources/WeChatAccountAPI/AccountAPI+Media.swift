extension AccountAPI {
    /// Temporary media: upload, download, article images (`cgi-bin/media/*`).
    public var media: Media { Media(api: self) }

    /// Temporary media, kept by WeChat for three days
    /// (https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/New_temporary_materials.html).
    /// Files are checked against WeChat's size and format limits before anything is sent.
    public struct Media: Sendable {
        let api: AccountAPI

        /// The largest download accepted: a 10 MB video plus headroom.
        static let maxDownloadBytes = 12 << 20

        /// `cgi-bin/media/upload`: uploads the file at `path` as temporary `type` media.
        public func upload(file path: String, type: MediaType) async throws -> UploadedMedia {
            let upload = try type.upload(of: path, permanent: false)
            let request = WeChatAPIRequest(.post, "cgi-bin/media/upload", query: [("type", type.rawValue)], body: .upload(upload))
            return try await api.send(request).decode()
        }

        /// The media id of the file at `path`: uploaded once and reused until WeChat's three-day expiry
        /// (through the account's ``MediaIDCache``; without one, every call uploads).
        public func mediaID(forFile path: String, type: MediaType) async throws -> String {
            guard let cache = api.mediaCache else { return try await upload(file: path, type: type).mediaID }
            let media = self
            return try await cache.mediaID(forFile: path, type: type, appID: api.appID) {
                try await media.upload(file: path, type: type)
            }
        }

        /// `cgi-bin/media/get`: the file of a temporary media id (a video answers with its URL instead).
        public func download(mediaID: String) async throws -> MediaContent {
            let request = WeChatAPIRequest(
                .get, "cgi-bin/media/get", query: [("media_id", mediaID)], maxResponseBytes: Self.maxDownloadBytes)
            let response = try await api.send(request)
            guard response.isJSON else { return .file(contentType: response.contentType, bytes: response.body) }
            let video: VideoLink = try response.decode()
            return .videoURL(video.url)
        }

        /// `cgi-bin/media/uploadimg`: uploads a JPEG or PNG under 1 MB for use inside articles; returns its URL.
        public func uploadArticleImage(file path: String) async throws -> String {
            let file = try LocalFile(path: path)
            guard ["jpg", "jpeg", "png"].contains(file.fileExtension) else {
                throw WeChatAPIError.invalidRequest("\(path): an article image must be jpg or png")
            }
            guard file.size > 0, file.size < 1 << 20 else {
                throw WeChatAPIError.invalidRequest(
                    "\(path): \(file.size) bytes; an article image must be under \(1 << 20) bytes")
            }
            let upload = MediaUpload(filePath: path, contentType: MediaType.contentType(forExtension: file.fileExtension))
            let answer: ImageLink = try await api.send(
                WeChatAPIRequest(.post, "cgi-bin/media/uploadimg", body: .upload(upload))
            ).decode()
            return answer.url
        }
    }
}

/// What a media or material download holds.
public enum MediaContent: Sendable, Hashable {
    /// The file itself.
    case file(contentType: String?, bytes: [UInt8])
    /// A video, which WeChat serves from a URL instead.
    case videoURL(String)
}

/// `{"video_url": …}` from `media/get`.
private struct VideoLink: Decodable {
    var url: String

    enum CodingKeys: String, CodingKey {
        case url = "video_url"
    }
}

/// `{"url": …}` from `media/uploadimg`.
private struct ImageLink: Decodable {
    var url: String
}
