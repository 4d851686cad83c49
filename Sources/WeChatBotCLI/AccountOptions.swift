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
    /// The account's settings as `--flag value` pairs (`--app-id`, `--app-secret-file`, `--api-base-url`,
    /// `--store`, `--config`, …), declared once in ``ServeSettings/variables`` for `serve` and these commands.
    @Argument(
        parsing: .allUnrecognized,
        help: "Account settings as for serve: --config, --app-id, --app-secret-file (or WECHAT_…), --api-base-url, --store.")
    var settingArguments: [String] = []

    /// Creates the options (ArgumentParser fills them).
    public init() {}

    /// The layered settings for `environment`.
    public func settings(environment: [String: String]) throws -> ServeSettings {
        try ServeSettings.layered(arguments: settingArguments, environment: environment)
    }

    /// The appid asked for with `--app-id`, to pick the account in a settings file.
    var requestedAppID: String? {
        get throws { try ServeSettings.flagValues(from: settingArguments)["--app-id"] }
    }
}
