extension AccountAPI {
    /// Permanent material: add, get, delete, count, list (`cgi-bin/material/*`).
    public var material: Material { Material(api: self) }

    /// Permanent material (https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Adding_Permanent_Assets.html).
    public struct Material: Sendable {
        let api: AccountAPI

        /// Items per `batchget_material` page WeChat allows.
        public static let pageSize = 1...20

        /// `cgi-bin/material/add_material`: adds the file at `path` as permanent `type` material
        /// (a video needs ``addVideo(file:title:introduction:)``).
        public func add(file path: String, type: MediaType) async throws -> PermanentMaterial {
            guard type != .video else {
                throw WeChatAPIError.invalidRequest("a permanent video needs a title and introduction: use addVideo")
            }
            return try await add(try type.upload(of: path, permanent: true), type: type)
        }

        /// `cgi-bin/material/add_material` for a video, with the `description` form field WeChat requires.
        public func addVideo(file path: String, title: String, introduction: String) async throws -> PermanentMaterial {
            guard !title.isEmpty else { throw WeChatAPIError.invalidRequest("a permanent video needs a title") }
            let description = try WeChatJSON.encode(["title": title, "introduction": introduction])
            let fields = [MediaUpload.Field(name: "description", value: String(decoding: description, as: UTF8.self))]
            return try await add(try MediaType.video.upload(of: path, permanent: true, fields: fields), type: .video)
        }

        private func add(_ upload: MediaUpload, type: MediaType) async throws -> PermanentMaterial {
            try await api.send(
                WeChatAPIRequest(
                    .post, "cgi-bin/material/add_material", query: [("type", type.rawValue)], body: .upload(upload))
            ).decode()
        }

        /// `cgi-bin/material/get_material`: the file, or a video's title, description and download URL.
        public func get(mediaID: String) async throws -> MaterialContent {
            var request = try WeChatAPIRequest.post("cgi-bin/material/get_material", json: ["media_id": mediaID])
            request.maxResponseBytes = Media.maxDownloadBytes
            let response = try await api.send(request)
            guard response.isJSON else { return .file(contentType: response.contentType, bytes: response.body) }
            if let video = try? response.decode(as: VideoMaterial.self), video.downloadURL != nil {
                return .video(video)
            }
            _ = try response.decode(as: WeChatAPIStatus.self)
            return .json(response.body)
        }

        /// `cgi-bin/material/del_material`: deletes a permanent material.
        public func delete(mediaID: String) async throws {
            try await api.acknowledge("cgi-bin/material/del_material", body: ["media_id": mediaID])
        }

        /// `cgi-bin/material/get_materialcount`: how many of each kind the account holds.
        public func count() async throws -> MaterialCount {
            try await api.call(.get, "cgi-bin/material/get_materialcount")
        }

        /// `cgi-bin/material/batchget_material`: one page of `type` material (`count` 1 to 20).
        public func list(_ type: MediaType, offset: Int = 0, count: Int = 20) async throws -> MaterialPage {
            guard type != .thumb else { throw WeChatAPIError.invalidRequest("thumbs cannot be listed") }
            guard Self.pageSize.contains(count), offset >= 0 else {
                throw WeChatAPIError.invalidRequest("count is \(count); WeChat allows 1 to 20 per page, offset ≥ 0")
            }
            return try await api.call(
                .post, "cgi-bin/material/batchget_material",
                body: MaterialPageRequest(type: type.rawValue, offset: offset, count: count))
        }
    }
}

/// A permanent material just added: its id, and its URL for images.
public struct PermanentMaterial: Sendable, Hashable, Decodable {
    /// The id messages and menus name it by.
    public var mediaID: String
    /// The picture's URL (images only).
    public var url: String?

    enum CodingKeys: String, CodingKey {
        case mediaID = "media_id"
        case url
    }
}

/// What `get_material` answers.
public enum MaterialContent: Sendable, Hashable {
    /// The file itself (image, voice, thumb).
    case file(contentType: String?, bytes: [UInt8])
    /// A video's description and download link.
    case video(VideoMaterial)
    /// Any other JSON answer (news material), as received.
    case json([UInt8])
}

/// A permanent video's description and download link.
public struct VideoMaterial: Sendable, Hashable, Decodable {
    /// Its title.
    public var title: String?
    /// Its description.
    public var description: String?
    /// Where to download it.
    public var downloadURL: String?

    enum CodingKeys: String, CodingKey {
        case title, description
        case downloadURL = "down_url"
    }
}

/// How many permanent materials of each kind an account holds.
public struct MaterialCount: Sendable, Hashable, Decodable {
    /// Voice clips.
    public var voice: Int
    /// Videos.
    public var video: Int
    /// Pictures.
    public var image: Int
    /// News articles.
    public var news: Int

    enum CodingKeys: String, CodingKey {
        case voice = "voice_count", video = "video_count", image = "image_count", news = "news_count"
    }
}

/// One page of `batchget_material`.
public struct MaterialPage: Sendable, Hashable, Decodable {
    /// How many of this kind exist.
    public var totalCount: Int
    /// The items on this page.
    public var items: [Item]

    /// One listed material.
    public struct Item: Sendable, Hashable, Decodable {
        /// Its id.
        public var mediaID: String
        /// Its file name.
        public var name: String?
        /// Last update, Unix seconds.
        public var updateTime: Int64?
        /// Its URL (images).
        public var url: String?

        enum CodingKeys: String, CodingKey {
            case mediaID = "media_id", name, updateTime = "update_time", url
        }
    }

    enum CodingKeys: String, CodingKey {
        case totalCount = "total_count", items = "item"
    }
}

/// The body of `batchget_material`.
private struct MaterialPageRequest: Encodable {
    var type: String
    var offset: Int
    var count: Int
}
