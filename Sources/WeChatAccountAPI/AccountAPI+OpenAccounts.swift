extension AccountAPI {
    /// Open-platform account binding (`cgi-bin/open/*`), so users get one unionid across apps.
    public var openAccounts: OpenAccounts { OpenAccounts(api: self) }

    /// Open-platform account binding
    /// (https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/account-management/).
    public struct OpenAccounts: Sendable {
        let api: AccountAPI

        /// `cgi-bin/open/create`: creates an open-platform account, binds this account to it, returns its appid.
        public func create() async throws -> String {
            let account: OpenAccountAnswer = try await api.call(.post, "cgi-bin/open/create", body: ["appid": api.appID])
            return account.openAppID
        }

        /// `cgi-bin/open/bind`: binds this account to the open-platform account `openAppID`.
        public func bind(to openAppID: String) async throws {
            try await api.acknowledge("cgi-bin/open/bind", body: ["appid": api.appID, "open_appid": openAppID])
        }

        /// `cgi-bin/open/unbind`: unbinds this account from the open-platform account `openAppID`.
        public func unbind(from openAppID: String) async throws {
            try await api.acknowledge("cgi-bin/open/unbind", body: ["appid": api.appID, "open_appid": openAppID])
        }

        /// `cgi-bin/open/get`: the appid of the open-platform account this account is bound to.
        public func current() async throws -> String {
            let account: OpenAccountAnswer = try await api.call(.post, "cgi-bin/open/get", body: ["appid": api.appID])
            return account.openAppID
        }
    }
}

/// The answer of `cgi-bin/open/create` and `cgi-bin/open/get`.
private struct OpenAccountAnswer: Decodable {
    var openAppID: String

    enum CodingKeys: String, CodingKey {
        case openAppID = "open_appid"
    }
}
