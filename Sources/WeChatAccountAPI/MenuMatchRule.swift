/// Who sees a conditional menu: users with a tag, of a sex, in a region, on a platform, or with a language
/// (https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Personalized_menu_interface.html).
/// At least one field must be set; a province needs its country and a city its province.
public struct MenuMatchRule: Sendable, Hashable, Codable {
    /// A user tag id.
    public var tagID: String?
    /// `1` male, `2` female.
    public var sex: String?
    /// The country as WeChat writes it in user profiles, e.g. `中国`.
    public var country: String?
    /// The province, e.g. `广东`.
    public var province: String?
    /// The city, e.g. `广州`.
    public var city: String?
    /// `1` iOS, `2` Android, `3` others.
    public var clientPlatformType: String?
    /// The client language, e.g. `zh_CN`.
    public var language: String?

    /// A rule from its parts; unset parts match everyone.
    public init(
        tagID: String? = nil, sex: String? = nil, country: String? = nil, province: String? = nil,
        city: String? = nil, clientPlatformType: String? = nil, language: String? = nil
    ) {
        self.tagID = tagID
        self.sex = sex
        self.country = country
        self.province = province
        self.city = city
        self.clientPlatformType = clientPlatformType
        self.language = language
    }

    enum CodingKeys: String, CodingKey {
        case tagID = "tag_id", sex, country, province, city
        case clientPlatformType = "client_platform_type", language
    }

    /// Reads the rule; WeChat may answer numbers where it takes strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String? {
            let value =
                (try? container.decodeIfPresent(String.self, forKey: key))
                ?? (try? container.decodeIfPresent(Int64.self, forKey: key)).flatMap { $0.map(String.init) }
            return value.flatMap { $0.isEmpty ? nil : $0 }
        }
        tagID = text(.tagID)
        sex = text(.sex)
        country = text(.country)
        province = text(.province)
        city = text(.city)
        clientPlatformType = text(.clientPlatformType)
        language = text(.language)
    }
}
