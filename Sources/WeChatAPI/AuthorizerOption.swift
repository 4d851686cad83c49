/// An authorizer option's value (`api_get_authorizer_option`).
public struct AuthorizerOption: Sendable, Hashable, Decodable {
    /// The option names WeChat knows.
    public struct Name: Sendable, Hashable, RawRepresentable, ExpressibleByStringLiteral {
        /// `location_report`: 0 off, 1 on session entry, 2 every 5 s.
        public static let locationReport: Name = "location_report"
        /// `voice_recognize`: 0 off, 1 on.
        public static let voiceRecognize: Name = "voice_recognize"
        /// `customer_service`: 0 off, 1 on.
        public static let customerService: Name = "customer_service"

        /// The name as WeChat spells it.
        public var rawValue: String

        /// Any option name.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// A name from a literal.
        public init(stringLiteral value: String) {
            self.rawValue = value
        }
    }

    /// The account, when WeChat echoes it.
    public var authorizerAppID: String?
    /// The option.
    public var name: String
    /// Its value (WeChat sends strings such as `"1"`).
    public var value: String

    enum CodingKeys: String, CodingKey {
        case authorizerAppID = "authorizer_appid"
        case name = "option_name"
        case value = "option_value"
    }

    /// Decodes the option; a numeric `option_value` is read as its decimal string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        authorizerAppID = try container.decodeIfPresent(String.self, forKey: .authorizerAppID)
        name = try container.decode(String.self, forKey: .name)
        if let number = try? container.decode(Int.self, forKey: .value) {
            value = String(number)
        } else {
            value = try container.decode(String.self, forKey: .value)
        }
    }
}
