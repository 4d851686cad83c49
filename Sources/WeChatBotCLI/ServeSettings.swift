import Yams

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything `serve` can be told, from a JSON or YAML file, `WECHAT_…` environment variables and flags
/// (later layers win: file, then environment, then flags). Every value is optional here; ``ServePlan``
/// fills the defaults.
public struct ServeSettings: Codable, Sendable, Equatable {
    /// An Official Account: its callback settings and, for late replies, its secret.
    public struct Account: Codable, Sendable, Equatable {
        /// Callback token.
        public var token: String?
        /// EncodingAESKey (43 characters); needed for compatible and safe mode.
        public var aesKey: String?
        /// The appid (`wx…`).
        public var appID: String?
        /// The AppSecret; enables the customer-service API (late replies).
        public var secret: String?
        /// The EncodingAESKey from before a rotation, still accepted while WeChat switches over.
        public var previousAESKey: String?

        /// Creates account settings.
        public init(
            token: String? = nil, aesKey: String? = nil, appID: String? = nil, secret: String? = nil,
            previousAESKey: String? = nil
        ) {
            self.token = token
            self.aesKey = aesKey
            self.appID = appID
            self.secret = secret
            self.previousAESKey = previousAESKey
        }

        var isEmpty: Bool { self == Account() }

        func overlaid(with top: Account) -> Account {
            Account(
                token: top.token ?? token,
                aesKey: top.aesKey ?? aesKey,
                appID: top.appID ?? appID,
                secret: top.secret ?? secret,
                previousAESKey: top.previousAESKey ?? previousAESKey
            )
        }
    }

    /// The callback URL's encryption handling.
    public enum Mode: String, Codable, Sendable, CaseIterable {
        /// Clear messages only; no EncodingAESKey needed.
        case plain
        /// Clear or encrypted messages (the console's compatible mode), chosen on purpose: a clear message is
        /// proven only by `signature`, which covers no body.
        case compatible
        /// Encrypted messages only; clear POSTs are refused (an account without an EncodingAESKey is plain).
        case safe
        /// The same as `safe` (kept for settings written when `safe` still accepted clear messages).
        case safeOnly = "safe-only"
    }

    /// Address to bind.
    public var host: String?
    /// Port to listen on.
    public var port: Int?
    /// Callback path of the Official Accounts.
    public var path: String?
    /// Prefix of the third-party platform URLs.
    public var platformPath: String?
    /// The public origin of the platform's authorization and OAuth pages (redirect URLs are built from it).
    public var publicURL: String?
    /// Encryption handling.
    public var mode: Mode?
    /// Official Accounts.
    public var accounts: [Account]?
    /// Third-party platforms (component apps): appid, secret, token, aesKey.
    public var components: [Account]?
    /// `memory`, `sqlite:PATH` (or a path ending in `.sqlite`), or a `postgres://` URL.
    public var store: String?
    /// The WeChat API base URL (a fake can stand in).
    public var apiBaseURL: String?
    /// A rules file (YAML or JSON).
    public var rules: String?
    /// The reply deadline in milliseconds.
    public var deadlineMilliseconds: Int?
    /// The largest accepted body in bytes.
    public var maxBodyBytes: Int?
    /// How far (seconds) a request's `timestamp` may be from this machine's clock; 0 accepts any.
    public var timestampWindowSeconds: Int?
    /// `trace`, `debug`, `info`, `notice`, `warning`, `error` or `critical`.
    public var logLevel: String?
    /// Close connections idle this long, in milliseconds.
    public var idleTimeoutMilliseconds: Int?
    /// A request body must arrive within this, in milliseconds.
    public var bodyTimeoutMilliseconds: Int?
    /// Platform page loads per client per minute; 0 turns the limit off.
    public var pageRateLimit: Int?
    /// The header (behind a trusted proxy) naming the client for the page limit.
    public var clientAddressHeader: String?
    /// Path of the health check.
    public var healthPath: String?
    /// Path of the Prometheus metrics.
    public var metricsPath: String?
    /// Address of the admin listener (health and metrics), when `adminPort` is set.
    public var adminHost: String?
    /// Port of a separate admin listener for health and metrics.
    public var adminPort: Int?

    /// Empty settings.
    public init() {}

    /// Reads a JSON or YAML settings file (JSON is read as YAML).
    public init(contentsOf path: String) throws(WeChatBotCLIError) {
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            self = try YAMLDecoder().decode(ServeSettings.self, from: text)
        } catch {
            throw .unreadableFile(path, "\(error)")
        }
    }

    /// These settings with every value `top` sets replacing this one; `top`'s first account and component
    /// are laid over this one's first, field by field.
    public func overlaid(with top: ServeSettings) -> ServeSettings {
        var result = self
        result.host = top.host ?? host
        result.port = top.port ?? port
        result.path = top.path ?? path
        result.platformPath = top.platformPath ?? platformPath
        result.publicURL = top.publicURL ?? publicURL
        result.mode = top.mode ?? mode
        result.accounts = Self.overlay(accounts, top.accounts)
        result.components = Self.overlay(components, top.components)
        result.store = top.store ?? store
        result.apiBaseURL = top.apiBaseURL ?? apiBaseURL
        result.rules = top.rules ?? rules
        result.deadlineMilliseconds = top.deadlineMilliseconds ?? deadlineMilliseconds
        result.maxBodyBytes = top.maxBodyBytes ?? maxBodyBytes
        result.timestampWindowSeconds = top.timestampWindowSeconds ?? timestampWindowSeconds
        result.logLevel = top.logLevel ?? logLevel
        result.idleTimeoutMilliseconds = top.idleTimeoutMilliseconds ?? idleTimeoutMilliseconds
        result.bodyTimeoutMilliseconds = top.bodyTimeoutMilliseconds ?? bodyTimeoutMilliseconds
        result.pageRateLimit = top.pageRateLimit ?? pageRateLimit
        result.clientAddressHeader = top.clientAddressHeader ?? clientAddressHeader
        result.healthPath = top.healthPath ?? healthPath
        result.metricsPath = top.metricsPath ?? metricsPath
        result.adminHost = top.adminHost ?? adminHost
        result.adminPort = top.adminPort ?? adminPort
        return result
    }

    private static func overlay(_ base: [Account]?, _ top: [Account]?) -> [Account]? {
        guard let top = top?.filter({ !$0.isEmpty }), let first = top.first else { return base }
        guard var result = base, let baseFirst = result.first else { return top }
        result[0] = baseFirst.overlaid(with: first)
        return result + top.dropFirst()
    }
}
