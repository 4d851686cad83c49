/// What an account granted a platform (`authorization_info` of `api_query_auth` and
/// `api_get_authorizer_info`).
public struct AuthorizationInfo: Sendable, Hashable, Decodable {
    /// One permission set (`func_info` item).
    public struct FunctionScope: Sendable, Hashable, Decodable {
        /// Whether the account must still confirm the set (`confirm_info`).
        public struct Confirmation: Sendable, Hashable, Decodable {
            /// `need_confirm`: 1 when the set waits for confirmation.
            public var needConfirm: Int
            /// `already_confirm`: 1 when another platform holds the set.
            public var alreadyConfirm: Int
            /// `can_confirm`: 1 when this platform may ask for it.
            public var canConfirm: Int

            enum CodingKeys: String, CodingKey {
                case needConfirm = "need_confirm"
                case alreadyConfirm = "already_confirm"
                case canConfirm = "can_confirm"
            }
        }

        /// `funcscope_category.id`: the permission set's number (1 = message management, …).
        public var categoryID: Int
        /// `confirm_info`, when WeChat sends it.
        public var confirmation: Confirmation?

        private struct Category: Decodable {
            var id: Int
        }

        enum CodingKeys: String, CodingKey {
            case category = "funcscope_category"
            case confirmation = "confirm_info"
        }

        /// Reads the nested `funcscope_category.id`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            categoryID = try container.decode(Category.self, forKey: .category).id
            confirmation = try container.decodeIfPresent(Confirmation.self, forKey: .confirmation)
        }
    }

    /// The authorizing account's appid.
    public var authorizerAppID: String
    /// Its access token (only from `api_query_auth`). A secret.
    public var authorizerAccessToken: String?
    /// Seconds until the access token expires (only from `api_query_auth`).
    public var expiresIn: Int64?
    /// The long-lived refresh token. A secret: store it permanently.
    public var authorizerRefreshToken: String?
    /// The permission sets granted.
    public var functionScopes: [FunctionScope]

    enum CodingKeys: String, CodingKey {
        case authorizerAppID = "authorizer_appid"
        case authorizerAccessToken = "authorizer_access_token"
        case expiresIn = "expires_in"
        case authorizerRefreshToken = "authorizer_refresh_token"
        case functionScopes = "func_info"
    }

    /// Decodes the object; a missing `func_info` means none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        authorizerAppID = try container.decode(String.self, forKey: .authorizerAppID)
        authorizerAccessToken = try container.decodeIfPresent(String.self, forKey: .authorizerAccessToken)
        expiresIn = try container.decodeIfPresent(Int64.self, forKey: .expiresIn)
        authorizerRefreshToken = try container.decodeIfPresent(String.self, forKey: .authorizerRefreshToken)
        functionScopes = try container.decodeIfPresent([FunctionScope].self, forKey: .functionScopes) ?? []
    }
}
