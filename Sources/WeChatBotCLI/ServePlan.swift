public import Logging
public import WeChatCallback
public import WeChatCrypto
public import WeChatHummingbird

/// `serve`'s settings with the defaults filled in and checked; without any account or platform it is the
/// local demo, with a generated token, key and appid.
public struct ServePlan: Sendable {
    /// Address to bind.
    public var host: String
    /// Port (0 picks a free one).
    public var port: Int
    /// Official Account callback path.
    public var path: String
    /// Third-party platform URL prefix.
    public var platformPath: String
    /// Public origin of the platform pages; `nil` takes the request's `Host` (development only).
    public var publicURL: String?
    /// Encryption handling.
    public var mode: ServeSettings.Mode
    /// Official Accounts (each with a token and an appid).
    public var accounts: [ServeSettings.Account]
    /// Third-party platforms (each with an appid, token and key).
    public var components: [ServeSettings.Account]
    /// Where state lives.
    public var store: StoreChoice
    /// The WeChat API base URL.
    public var apiBaseURL: String
    /// The rules file, if any (otherwise the bot echoes).
    public var rulesPath: String?
    /// The reply deadline.
    public var deadline: Duration
    /// The body limit.
    public var maxBodyBytes: Int
    /// How far a request's `timestamp` may be from this clock; `nil` accepts any.
    public var timestampWindow: Duration?
    /// The log level.
    public var logLevel: Logger.Level
    /// Whether this is the no-configuration demo.
    public var isDemo: Bool
    /// Idle and body-read timeouts, health and metrics paths, the admin listener.
    public var connections: WeChatServer.Connections
    /// Platform page loads per client per minute; `nil` for no limit.
    public var pageRateLimit: Int?
    /// The header naming the client for the page limit (behind a trusted proxy); `nil` takes the connection's.
    public var clientAddressHeader: String?

    /// Checks `settings` and fills the defaults.
    public init(_ settings: ServeSettings) throws(WeChatBotCLIError) {
        host = settings.host ?? "127.0.0.1"
        port = settings.port ?? 8080
        path = settings.path ?? "/wechat"
        platformPath = settings.platformPath ?? "/wechat/platform"
        publicURL = settings.publicURL
        // The local demo takes clear messages too (`simulate --mode plain`); a configured account is safe.
        let configuresNoAccount = (settings.accounts ?? []).isEmpty && (settings.components ?? []).isEmpty
        mode = settings.mode ?? (configuresNoAccount ? .compatible : .safe)
        store = try StoreChoice(settings.store ?? "sqlite:wechat-bot.sqlite")
        apiBaseURL = settings.apiBaseURL ?? "https://api.weixin.qq.com"
        rulesPath = settings.rules
        deadline = .milliseconds(settings.deadlineMilliseconds ?? 4500)
        maxBodyBytes = settings.maxBodyBytes ?? 1 << 20
        let window = settings.timestampWindowSeconds ?? 300
        guard window >= 0 else { throw .invalidSetting("timestampWindowSeconds", "expected 0 (any) or more seconds") }
        timestampWindow = window == 0 ? nil : .seconds(window)
        guard let level = Logger.Level(rawValue: settings.logLevel ?? "info") else {
            throw .invalidSetting("logLevel", "expected trace, debug, info, notice, warning, error or critical")
        }
        logLevel = level
        connections = WeChatServer.Connections(
            idleTimeout: .milliseconds(settings.idleTimeoutMilliseconds ?? 30_000),
            bodyReadTimeout: .milliseconds(settings.bodyTimeoutMilliseconds ?? 10_000),
            healthPath: settings.healthPath ?? "/healthz",
            metricsPath: settings.metricsPath ?? "/metrics",
            adminHost: settings.adminHost ?? "127.0.0.1",
            adminPort: settings.adminPort
        )
        for (name, path) in [("healthPath", connections.healthPath), ("metricsPath", connections.metricsPath)]
        where !path.hasPrefix("/") {
            throw .invalidSetting(name, "a path starts with /")
        }
        let pageRateLimit = settings.pageRateLimit ?? 30
        self.pageRateLimit = pageRateLimit == 0 ? nil : pageRateLimit
        clientAddressHeader = settings.clientAddressHeader
        if let header = clientAddressHeader,
            header.isEmpty || !header.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        {
            throw .invalidSetting("clientAddressHeader", "expected a header name such as X-Forwarded-For")
        }
        components = settings.components ?? []
        accounts = settings.accounts ?? []
        isDemo = accounts.isEmpty && components.isEmpty
        if isDemo {
            accounts = [Self.demoAccount()]
        }
        for (index, account) in accounts.enumerated() where account.token == nil || account.appID == nil {
            throw .invalidSetting("accounts[\(index)]", "an account needs a token and an appID")
        }
        for (index, component) in components.enumerated()
        where component.token == nil || component.appID == nil || component.aesKey == nil {
            throw .invalidSetting("components[\(index)]", "a component needs an appID, a token and an aesKey")
        }
    }

    /// The accounts' callback settings for the chosen mode.
    public func weChatAccounts() throws(WeChatCryptoError) -> [WeChatAccount] {
        try accounts.map { account throws(WeChatCryptoError) in
            try WeChatAccount(
                token: account.token ?? "",
                aesKey: mode == .plain ? nil : account.aesKey,
                appID: account.appID ?? "",
                previousAESKey: mode == .plain ? nil : account.previousAESKey,
                mode: callbackMode(of: account)
            )
        }
    }

    /// The mode an account is served in: the chosen one, or plain for an account without an EncodingAESKey.
    func callbackMode(of account: ServeSettings.Account) -> CallbackMode {
        guard account.aesKey != nil else { return .plain }
        switch mode {
        case .plain: return .plain
        case .compatible: return .compatible
        case .safe, .safeOnly: return .safe
        }
    }

    /// The platforms' callback settings (always encrypted).
    public func weChatComponents() throws(WeChatCryptoError) -> [WeChatAccount] {
        try components.map { component throws(WeChatCryptoError) in
            try WeChatAccount(
                token: component.token ?? "", aesKey: component.aesKey, appID: component.appID ?? "",
                previousAESKey: component.previousAESKey)
        }
    }

    /// What `serve` prints once it listens on `port`: the URLs and, for the demo, the generated secrets and the
    /// exact `simulate` command to try next.
    public func banner(port: Int) -> String {
        let base = "http://\(host):\(port)"
        let paths = WeChatServer.Configuration.accountPaths(appIDs: accounts.map { $0.appID ?? "" }, under: path)
        var lines = ["wechat-bot listening on \(base) (mode \(mode.rawValue), store \(store))"]
        lines += zip(accounts, paths).map { account, path in
            "  Official Account \(account.appID ?? "") at \(base)\(path), mode \(callbackMode(of: account))"
        }
        lines += components.map { component in
            let appID = component.appID ?? ""
            let urls =
                "  platform \(appID): events at \(base)\(platformPath)/events, messages at \(base)\(platformPath)/\(appID)/$APPID$"
                + " (encrypted only)"
            guard component.secret != nil else { return urls }
            return urls
                + "\n  platform \(appID): authorization page at \(publicURL ?? base)\(platformPath)/authorize/\(appID)"
        }
        let admin = connections.adminPort.map { "http://\(connections.adminHost):\($0)" } ?? base
        lines += ["  health at \(admin)\(connections.healthPath), metrics at \(admin)\(connections.metricsPath)"]
        guard isDemo, let account = accounts.first else { return lines.joined(separator: "\n") }
        lines += [
            "",
            "No configuration given: running the local demo (echo bot).",
            "  token:          \(account.token ?? "")",
            "  EncodingAESKey: \(account.aesKey ?? "")",
            "  appID:          \(account.appID ?? "")",
            "",
            "Try it from another terminal:",
            "  \(Self.invocation) simulate text \"hello\" --url \(base)\(path) --token \(account.token ?? "") "
                + "--aes-key \(account.aesKey ?? "") --app-id \(account.appID ?? "")",
        ]
        return lines.joined(separator: "\n")
    }

    /// How to run `wechat-bot` again from the folder `serve` was started in: the path this process was started
    /// by when it is `wechat-bot` (`.build/…/wechat-bot` under `swift run`, or from `PATH`), else `swift run`.
    private static var invocation: String {
        let path = CommandLine.arguments.first ?? ""
        return path.split(separator: "/").last == "wechat-bot" ? path : "swift run wechat-bot"
    }

    private static func demoAccount() -> ServeSettings.Account {
        ServeSettings.Account(
            token: Keygen.token(),
            aesKey: Keygen.aesKey(),
            appID: "wx" + String((0..<16).map { _ in "0123456789abcdef".randomElement() ?? "0" }),
            secret: nil
        )
    }
}
