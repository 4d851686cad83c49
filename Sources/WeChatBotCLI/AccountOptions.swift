public import ArgumentParser

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The account an admin command (`menu`, `media`, `qrcode`, `template`, `users`) acts for, taken exactly as
/// `serve` takes it: the settings file, then `WECHAT_…` variables, then these flags (later wins), through
/// the same ``ServeSettings`` layers.
public struct AccountOptions: ParsableArguments {
    @Option(help: "JSON or YAML settings file.") var config: String?
    @Option(name: .customLong("app-id"), help: "Official Account appid (picks the account in a settings file).")
    var appID: String?
    @Option(
        name: .customLong("app-secret"),
        help: "Official Account AppSecret (prefer WECHAT_APP_SECRET: flags show in ps).")
    var appSecret: String?
    @Option(name: .customLong("app-secret-file"), help: "File holding the AppSecret (or WECHAT_APP_SECRET_FILE).")
    var appSecretFile: String?
    @Option(name: .customLong("api-base-url"), help: "WeChat API base URL.") var apiBaseURL: String?
    @Option(help: "Where tokens are kept: memory, sqlite:PATH or postgres://URL.") var store: String?

    /// Creates the options (ArgumentParser fills them).
    public init() {}

    /// The layered settings for `environment`.
    func settings(environment: [String: String]) throws -> ServeSettings {
        let flags = [
            "--app-id": appID, "--app-secret": appSecret, "--app-secret-file": appSecretFile,
            "--api-base-url": apiBaseURL, "--store": store,
        ].compactMapValues { $0 }
        let file = try (config ?? environment["WECHAT_CONFIG"]).map { path throws(WeChatBotCLIError) in
            try ServeSettings(contentsOf: path)
        }
        return (file ?? ServeSettings())
            .overlaid(with: try ServeSettings(environment: environment))
            .overlaid(with: try ServeSettings(flags: flags))
    }
}
