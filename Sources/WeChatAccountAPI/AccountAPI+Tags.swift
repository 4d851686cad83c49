extension AccountAPI {
    /// Follower tags: create, list, rename, delete, tag and untag followers (`cgi-bin/tags/*`).
    public var tags: Tags { Tags(api: self) }

    /// Follower tags (https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html).
    public struct Tags: Sendable {
        let api: AccountAPI

        /// Followers per tagging call WeChat allows.
        public static let batchSize = 50

        /// `cgi-bin/tags/create`: a new tag (name of 1 to 30 characters).
        public func create(name: String) async throws -> UserTag {
            try Self.check(name)
            let answer: TagEnvelope = try await api.call(.post, "cgi-bin/tags/create", body: ["tag": ["name": name]])
            return answer.tag
        }

        /// `cgi-bin/tags/get`: every tag with its follower count.
        public func list() async throws -> [UserTag] {
            let answer: TagList = try await api.call(.get, "cgi-bin/tags/get")
            return answer.tags
        }

        /// `cgi-bin/tags/update`: renames a tag.
        public func rename(id: Int, to name: String) async throws {
            try Self.check(name)
            try await api.acknowledge("cgi-bin/tags/update", body: TagEnvelope(tag: UserTag(id: id, name: name)))
        }

        /// `cgi-bin/tags/delete`: deletes a tag.
        public func delete(id: Int) async throws {
            try await api.acknowledge("cgi-bin/tags/delete", body: ["tag": ["id": id]])
        }

        /// `cgi-bin/tags/members/batchtagging`: tags followers, 50 per call.
        public func tag(_ openIDs: [String], with id: Int) async throws {
            try await change("cgi-bin/tags/members/batchtagging", openIDs, id)
        }

        /// `cgi-bin/tags/members/batchuntagging`: removes a tag from followers, 50 per call.
        public func untag(_ openIDs: [String], from id: Int) async throws {
            try await change("cgi-bin/tags/members/batchuntagging", openIDs, id)
        }

        /// `cgi-bin/tags/getidlist`: the tag ids of one follower.
        public func ids(of openID: String) async throws -> [Int] {
            let answer: TagIDList = try await api.call(.post, "cgi-bin/tags/getidlist", body: ["openid": openID])
            return answer.ids
        }

        /// `cgi-bin/user/tag/get`: one page of the followers carrying tag `id`.
        public func page(of id: Int, after openID: String? = nil) async throws -> FollowerPage {
            try await api.call(
                .post, "cgi-bin/user/tag/get", body: TaggedPageRequest(tagID: id, nextOpenID: openID ?? ""))
        }

        /// Every follower carrying tag `id`.
        public func followers(of id: Int) -> FollowerSequence {
            FollowerSequence { after in try await page(of: id, after: after) }
        }

        private func change(_ path: String, _ openIDs: [String], _ id: Int) async throws {
            for start in stride(from: 0, to: openIDs.count, by: Self.batchSize) {
                let chunk = Array(openIDs[start..<min(start + Self.batchSize, openIDs.count)])
                try await api.acknowledge(path, body: TaggingRequest(openIDs: chunk, tagID: id))
            }
        }

        private static func check(_ name: String) throws {
            guard (1...30).contains(name.count) else {
                throw WeChatAPIError.invalidRequest("tag name is \(name.count) characters; WeChat allows 1 to 30")
            }
        }
    }
}

private struct TagEnvelope: Codable {
    var tag: UserTag
}

private struct TagList: Decodable {
    var tags: [UserTag]
}

private struct TagIDList: Decodable {
    var ids: [Int]

    enum CodingKeys: String, CodingKey {
        case ids = "tagid_list"
    }
}

private struct TaggingRequest: Encodable {
    var openIDs: [String]
    var tagID: Int

    enum CodingKeys: String, CodingKey {
        case openIDs = "openid_list", tagID = "tagid"
    }
}

private struct TaggedPageRequest: Encodable {
    var tagID: Int
    var nextOpenID: String

    enum CodingKeys: String, CodingKey {
        case tagID = "tagid", nextOpenID = "next_openid"
    }
}
