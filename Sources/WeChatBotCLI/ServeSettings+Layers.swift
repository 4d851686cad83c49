extension ServeSettings {
    /// The settings `serve` and the account commands run with: the settings file (`--config` or
    /// `WECHAT_CONFIG`), then `WECHAT_…` variables, then `arguments` (`--flag value` pairs; later wins).
    public static func layered(arguments: [String], environment: [String: String]) throws -> ServeSettings {
        let flags = try flagValues(from: arguments)
        let file = try (flags["--config"] ?? environment["WECHAT_CONFIG"]).map { path throws(WeChatBotCLIError) in
            try ServeSettings(contentsOf: path)
        }
        return (file ?? ServeSettings())
            .overlaid(with: try ServeSettings(environment: environment))
            .overlaid(with: try ServeSettings(flags: flags))
    }

    /// `--flag value` and `--flag=value` pairs, each flag one of ``variables``; anything else is refused
    /// with the setting it names.
    public static func flagValues(from arguments: [String]) throws(WeChatBotCLIError) -> [String: String] {
        var values: [String: String] = [:]
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            guard argument.hasPrefix("--") else {
                throw .invalidSetting(argument, "expected a --flag (see --help for every setting)")
            }
            let flag: String
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                flag = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard arguments.indices.contains(index + 1) else {
                    throw .invalidSetting(argument, "the flag needs a value")
                }
                flag = argument
                value = arguments[index + 1]
                index += 1
            }
            guard variables.contains(where: { $0.flag == flag }) else {
                throw .invalidSetting(flag, "unknown setting (see --help for every setting)")
            }
            values[flag] = value
            index += 1
        }
        return values
    }
}
