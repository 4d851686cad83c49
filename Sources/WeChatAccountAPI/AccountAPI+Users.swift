extension AccountAPI {
    /// Followers: profiles, the follower list, remarks and the blacklist (`cgi-bin/user/*`).
    public var users: Users { Users(api: self) }

    /// Followers (https://developers.weixin.qq.com/doc/offiaccount/User_Management/Getting_a_User_List.html).
    public struct Users: Sendable {
        let api: AccountAPI

        /// Openids per `user/info/batchget` call WeChat allows.
        public static let batchSize = 100
        /// Openids per blacklist change WeChat allows.
        public static let blacklistBatchSize = 20

        /// `cgi-bin/user/info`: one follower's profile (`language`: `zh_CN`, `zh_TW` or `en`).
        public func info(openID: String, language: String = "zh_CN") async throws -> UserInfo {
            try await api.call(.get, "cgi-bin/user/info", query: [("openid", openID), ("lang", language)])
        }

        /// `cgi-bin/user/info/batchget`: profiles of many followers, in WeChat's chunks of 100.
        public func info(openIDs: [String], language: String = "zh_CN") async throws -> [UserInfo] {
            var profiles: [UserInfo] = []
            profiles.reserveCapacity(openIDs.count)
            for start in stride(from: 0, to: openIDs.count, by: Self.batchSize) {
                let chunk = openIDs[start..<min(start + Self.batchSize, openIDs.count)]
                let answer: UserInfoList = try await api.call(
                    .post, "cgi-bin/user/info/batchget",
                    body: ["user_list": chunk.map { ["openid": $0, "lang": language] }])
                profiles += answer.users
            }
            return profiles
        }

        /// `cgi-bin/user/get`: one page of up to 10,000 follower openids after `openID`.
        public func page(after openID: String? = nil) async throws -> FollowerPage {
            try await api.call(.get, "cgi-bin/user/get", query: openID.map { [("next_openid", $0)] } ?? [])
        }

        /// Every follower's openid, fetched page by page as the sequence is iterated.
        public func all(startingAfter openID: String? = nil) -> FollowerSequence {
            FollowerSequence(startingAfter: openID) { after in try await page(after: after) }
        }

        /// `cgi-bin/user/info/updateremark`: the account's private remark for a follower (under 30 characters).
        public func setRemark(_ remark: String, for openID: String) async throws {
            guard remark.count < 30 else {
                throw WeChatAPIError.invalidRequest("remark is \(remark.count) characters; WeChat allows fewer than 30")
            }
            try await api.acknowledge("cgi-bin/user/info/updateremark", body: ["openid": openID, "remark": remark])
        }

        /// `cgi-bin/tags/members/getblacklist`: one page of blocked openids after `openID`.
        public func blacklistPage(after openID: String? = nil) async throws -> FollowerPage {
            try await api.call(.post, "cgi-bin/tags/members/getblacklist", body: ["begin_openid": openID ?? ""])
        }

        /// Every blocked openid.
        public func blacklist() -> FollowerSequence {
            FollowerSequence { after in try await blacklistPage(after: after) }
        }

        /// `cgi-bin/tags/members/batchblacklist`: blocks followers, 20 per call.
        public func block(_ openIDs: [String]) async throws {
            try await changeBlacklist("cgi-bin/tags/members/batchblacklist", openIDs)
        }

        /// `cgi-bin/tags/members/batchunblacklist`: unblocks followers, 20 per call.
        public func unblock(_ openIDs: [String]) async throws {
            try await changeBlacklist("cgi-bin/tags/members/batchunblacklist", openIDs)
        }

        private func changeBlacklist(_ path: String, _ openIDs: [String]) async throws {
            for start in stride(from: 0, to: openIDs.count, by: Self.blacklistBatchSize) {
                let chunk = Array(openIDs[start..<min(start + Self.blacklistBatchSize, openIDs.count)])
                try await api.acknowledge(path, body: ["openid_list": chunk])
            }
        }
    }
}

/// The answer of `user/info/batchget`.
private struct UserInfoList: Decodable {
    var users: [UserInfo]

    enum CodingKeys: String, CodingKey {
        case users = "user_info_list"
    }
}
