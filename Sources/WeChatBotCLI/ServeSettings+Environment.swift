#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension ServeSettings {
    /// One setting as a flag and an environment variable, for `--help` and the README table.
    public struct Variable: Sendable {
        /// The flag, e.g. `--port`.
        public let flag: String
        /// The environment variable, e.g. `WECHAT_PORT`.
        public let environment: String
        /// The key in a settings file.
        public let fileKey: String
        /// What it sets.
        public let meaning: String
        /// Whether the value is a secret, which then may also come from a file (`--…-file`, `WECHAT_…_FILE`).
        fileprivate var isSecret = false
        fileprivate let apply: @Sendable (inout ServeSettings, String) throws(WeChatBotCLIError) -> Void

        /// The twin of a secret setting that reads the value from the file its value names (one trailing
        /// newline dropped), so the secret shows neither in `ps` nor in the environment.
        fileprivate var fromFile: Variable {
            Variable(
                flag: flag + "-file", environment: environment + "_FILE", fileKey: "-",
                meaning: "file holding the " + meaning
            ) { [apply] settings, path throws(WeChatBotCLIError) in
                let contents: String
                do {
                    contents = try String(contentsOfFile: path, encoding: .utf8)
                } catch {
                    throw .unreadableFile(path, "\(error)")
                }
                try apply(&settings, contents.hasSuffix("\n") ? String(contents.dropLast()) : contents)
            }
        }
    }

    /// Every setting `serve` reads, in the order of the README table; each secret is followed at the end by
    /// its `-file` twin.
    public static let variables: [Variable] = settings + settings.filter(\.isSecret).map(\.fromFile)

    private static let settings: [Variable] = [
        Variable(flag: "--config", environment: "WECHAT_CONFIG", fileKey: "-", meaning: "JSON or YAML settings file") {
            _, _ in
        },
        text("--host", "WECHAT_HOST", "host", "address to bind (127.0.0.1)") { $0.host = $1 },
        number("--port", "WECHAT_PORT", "port", "port to listen on (8080)") { $0.port = $1 },
        text("--path", "WECHAT_PATH", "path", "Official Account callback path (/wechat)") { $0.path = $1 },
        text(
            "--platform-path", "WECHAT_PLATFORM_PATH", "platformPath",
            "third-party platform URL prefix (/wechat/platform)"
        ) {
            $0.platformPath = $1
        },
        text(
            "--public-url", "WECHAT_PUBLIC_URL", "publicURL",
            "public origin of the platform pages (from the Host header)"
        ) {
            $0.publicURL = $1
        },
        Variable(
            flag: "--mode", environment: "WECHAT_MODE", fileKey: "mode",
            meaning:
                "plain, compatible, safe or safe-only (safe: encrypted messages only, plaintext refused; safe-only is the same; compatible also takes plaintext; the no-configuration demo runs compatible)"
        ) {
            settings, value throws(WeChatBotCLIError) in
            guard let mode = Mode(rawValue: value) else {
                throw .invalidSetting("mode", "expected plain, compatible, safe or safe-only")
            }
            settings.mode = mode
        },
        secret("--token", "WECHAT_TOKEN", "accounts[0].token", "Official Account token") {
            $0.firstAccount.token = $1
        },
        secret("--aes-key", "WECHAT_AES_KEY", "accounts[0].aesKey", "Official Account EncodingAESKey") {
            $0.firstAccount.aesKey = $1
        },
        text("--app-id", "WECHAT_APP_ID", "accounts[0].appID", "Official Account appid") { $0.firstAccount.appID = $1 },
        secret("--app-secret", "WECHAT_APP_SECRET", "accounts[0].secret", "Official Account AppSecret (late replies)") {
            $0.firstAccount.secret = $1
        },
        text("--component-app-id", "WECHAT_COMPONENT_APP_ID", "components[0].appID", "third-party platform appid") {
            $0.firstComponent.appID = $1
        },
        secret(
            "--component-secret", "WECHAT_COMPONENT_SECRET", "components[0].secret", "third-party platform AppSecret"
        ) {
            $0.firstComponent.secret = $1
        },
        secret("--component-token", "WECHAT_COMPONENT_TOKEN", "components[0].token", "third-party platform token") {
            $0.firstComponent.token = $1
        },
        secret(
            "--component-aes-key", "WECHAT_COMPONENT_AES_KEY", "components[0].aesKey",
            "third-party platform EncodingAESKey"
        ) {
            $0.firstComponent.aesKey = $1
        },
        text("--store", "WECHAT_STORE", "store", "memory, sqlite:PATH or postgres://URL (sqlite:wechat-bot.sqlite)") {
            $0.store = $1
        },
        text("--api-base-url", "WECHAT_API_BASE_URL", "apiBaseURL", "WeChat API base URL (https://api.weixin.qq.com)") {
            $0.apiBaseURL = $1
        },
        text("--rules", "WECHAT_RULES", "rules", "rules file (YAML or JSON); without it the bot echoes") {
            $0.rules = $1
        },
        number("--deadline-ms", "WECHAT_DEADLINE_MS", "deadlineMilliseconds", "reply deadline in ms (4500)") {
            $0.deadlineMilliseconds = $1
        },
        number("--max-body-bytes", "WECHAT_MAX_BODY_BYTES", "maxBodyBytes", "largest request body (1048576)") {
            $0.maxBodyBytes = $1
        },
        number(
            "--timestamp-window", "WECHAT_TIMESTAMP_WINDOW", "timestampWindowSeconds",
            "seconds a request's `timestamp` may be off this clock; older or newer requests are refused 401 (300; 0 accepts any)"
        ) {
            $0.timestampWindowSeconds = $1
        },
        text("--log-level", "WECHAT_LOG_LEVEL", "logLevel", "trace … critical (info)") { $0.logLevel = $1 },
        number(
            "--idle-timeout-ms", "WECHAT_IDLE_TIMEOUT_MS", "idleTimeoutMilliseconds",
            "close a connection that sends nothing for this long, in ms (30000)"
        ) {
            $0.idleTimeoutMilliseconds = $1
        },
        number(
            "--body-timeout-ms", "WECHAT_BODY_TIMEOUT_MS", "bodyTimeoutMilliseconds",
            "a request body must arrive in full within this, in ms, else the connection is closed (10000)"
        ) {
            $0.bodyTimeoutMilliseconds = $1
        },
        number(
            "--page-rate-limit", "WECHAT_PAGE_RATE_LIMIT", "pageRateLimit",
            "loads of the platform authorization pages and OAuth callback per client per minute, 0 for no limit (30)"
        ) {
            $0.pageRateLimit = $1
        },
        text(
            "--client-address-header", "WECHAT_CLIENT_ADDRESS_HEADER", "clientAddressHeader",
            "header naming the client for the page limit, only behind a proxy that sets it (the connection's address)"
        ) {
            $0.clientAddressHeader = $1
        },
        text("--health-path", "WECHAT_HEALTH_PATH", "healthPath", "health check path (/healthz)") {
            $0.healthPath = $1
        },
        text("--metrics-path", "WECHAT_METRICS_PATH", "metricsPath", "Prometheus metrics path (/metrics)") {
            $0.metricsPath = $1
        },
        text("--admin-host", "WECHAT_ADMIN_HOST", "adminHost", "address of the admin listener (127.0.0.1)") {
            $0.adminHost = $1
        },
        number(
            "--admin-port", "WECHAT_ADMIN_PORT", "adminPort",
            "serve health and metrics on this port only (none: on the main listener)"
        ) {
            $0.adminPort = $1
        },
        secret(
            "--previous-aes-key", "WECHAT_PREVIOUS_AES_KEY", "accounts[0].previousAESKey",
            "Official Account EncodingAESKey before a rotation, still accepted (none)"
        ) {
            $0.firstAccount.previousAESKey = $1
        },
        secret(
            "--component-previous-aes-key", "WECHAT_COMPONENT_PREVIOUS_AES_KEY", "components[0].previousAESKey",
            "third-party platform EncodingAESKey before a rotation, still accepted (none)"
        ) {
            $0.firstComponent.previousAESKey = $1
        },
    ]

    /// The settings the `WECHAT_…` variables in `environment` give.
    public init(environment: [String: String]) throws(WeChatBotCLIError) {
        self.init()
        for variable in Self.variables {
            guard let value = environment[variable.environment], !value.isEmpty else { continue }
            try variable.apply(&self, value)
        }
    }

    /// The settings named flags give; `values` maps a flag (`--port`) to its value.
    public init(flags values: [String: String]) throws(WeChatBotCLIError) {
        self.init()
        for variable in Self.variables {
            guard let value = values[variable.flag] else { continue }
            try variable.apply(&self, value)
        }
    }

    /// The README table of every setting.
    public static var markdownTable: String {
        let rows = variables.map { variable in
            let fileKey = variable.fileKey == "-" ? "-" : "`\(variable.fileKey)`"
            return "| `\(variable.flag)` | `\(variable.environment)` | \(fileKey) | \(variable.meaning) |"
        }
        return (["| Flag | Environment | File key | Meaning |", "|---|---|---|---|"] + rows).joined(separator: "\n")
    }

    private var firstAccount: Account {
        get { accounts?.first ?? Account() }
        set { accounts = [newValue] + (accounts?.dropFirst() ?? []) }
    }

    private var firstComponent: Account {
        get { components?.first ?? Account() }
        set { components = [newValue] + (components?.dropFirst() ?? []) }
    }

    private static func text(
        _ flag: String,
        _ environment: String,
        _ fileKey: String,
        _ meaning: String,
        _ set: @escaping @Sendable (inout ServeSettings, String) -> Void
    ) -> Variable {
        Variable(flag: flag, environment: environment, fileKey: fileKey, meaning: meaning) { settings, value in
            set(&settings, value)
        }
    }

    private static func secret(
        _ flag: String,
        _ environment: String,
        _ fileKey: String,
        _ meaning: String,
        _ set: @escaping @Sendable (inout ServeSettings, String) -> Void
    ) -> Variable {
        var variable = text(flag, environment, fileKey, meaning, set)
        variable.isSecret = true
        return variable
    }

    private static func number(
        _ flag: String,
        _ environment: String,
        _ fileKey: String,
        _ meaning: String,
        _ set: @escaping @Sendable (inout ServeSettings, Int) -> Void
    ) -> Variable {
        Variable(flag: flag, environment: environment, fileKey: fileKey, meaning: meaning) {
            settings, value throws(WeChatBotCLIError) in
            guard let number = Int(value), number >= 0 else {
                throw .invalidSetting(environment, "expected a whole number, got \"\(value)\"")
            }
            set(&settings, number)
        }
    }
}
