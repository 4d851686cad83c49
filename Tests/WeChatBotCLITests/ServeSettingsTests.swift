import ArgumentParser
import Testing
import WeChatBotCLI
import WeChatCallback
import WeChatCrypto

@Suite("serve settings: file, environment, flags")
struct ServeSettingsTests {
    @Test("flags override the environment, which overrides the file, field by field")
    func precedence() throws {
        let file = try YAMLSettings.parse(
            """
            host: 0.0.0.0
            port: 9000
            mode: compatible
            store: memory
            accounts:
              - token: fileToken
                appID: wxfile
                secret: fileSecret
              - token: second
                appID: wxsecond
            """
        )
        let environment = try ServeSettings(environment: [
            "WECHAT_PORT": "9100", "WECHAT_TOKEN": "envToken", "WECHAT_MODE": "safe-only",
        ])
        let flags = try ServeSettings(flags: ["--port": "9200", "--app-id": "wxflag"])
        let settings = file.overlaid(with: environment).overlaid(with: flags)
        #expect(settings.host == "0.0.0.0")
        #expect(settings.port == 9200)
        #expect(settings.mode == .safeOnly)
        #expect(settings.accounts?.count == 2)
        #expect(
            settings.accounts?.first == ServeSettings.Account(token: "envToken", appID: "wxflag", secret: "fileSecret"))
        #expect(settings.accounts?.last?.appID == "wxsecond")
    }

    @Test("bad values are refused naming the setting, never echoing secrets")
    func badValues() {
        #expect(throws: WeChatBotCLIError.invalidSetting("WECHAT_PORT", "expected a whole number, got \"http\"")) {
            try ServeSettings(environment: ["WECHAT_PORT": "http"])
        }
        #expect(throws: WeChatBotCLIError.self) { try ServeSettings(flags: ["--mode": "paranoid"]) }
        #expect(throws: WeChatBotCLIError.self) { try ServePlan(ServeSettings(flags: ["--store": "redis://x"])) }
        #expect(throws: WeChatBotCLIError.self) { try ServePlan(ServeSettings(flags: ["--token": "onlyToken"])) }
    }

    @Test("no configuration at all is the demo: generated secrets, SQLite file, and the simulate command")
    func demo() throws {
        let plan = try ServePlan(ServeSettings())
        #expect(plan.isDemo)
        #expect(plan.host == "127.0.0.1")
        #expect(plan.port == 8080)
        #expect(plan.store == .sqlite(path: "wechat-bot.sqlite"))
        let account = try #require(plan.accounts.first)
        #expect(account.token?.count == 32)
        #expect(account.aesKey?.count == 43)
        let banner = plan.banner(port: 8080)
        #expect(
            banner.contains(
                "wechat-bot simulate text \"hello\" --url http://127.0.0.1:8080/wechat --token \(account.token ?? "")"))
        #expect(banner.contains("--aes-key \(account.aesKey ?? "") --app-id \(account.appID ?? "")"))
        #expect(try ServePlan(ServeSettings()).accounts.first?.token != account.token)
    }

    @Test("store choices parse, and a postgres URL never prints its password")
    func stores() throws {
        #expect(try StoreChoice("memory") == .memory)
        #expect(try StoreChoice("sqlite:/tmp/a.sqlite") == .sqlite(path: "/tmp/a.sqlite"))
        #expect(try StoreChoice("data/bot.db") == .sqlite(path: "data/bot.db"))
        let postgres = try StoreChoice("postgres://bot:s3cret@db.local:6543/wechat")
        #expect(postgres == .postgres(try PostgresURL("postgresql://bot:s3cret@db.local:6543/wechat")))
        #expect(postgres.description == "postgres bot@db.local:6543/wechat")
        #expect(try PostgresURL("postgres://bot@db").database == "bot")
        #expect(throws: WeChatBotCLIError.self) { try StoreChoice("sqlite:") }
        #expect(throws: WeChatBotCLIError.self) { try PostgresURL("postgres://db.local") }
    }

    @Test("the README table lists every setting with its flag and variable")
    func table() {
        let table = ServeSettings.markdownTable
        for variable in ServeSettings.variables {
            #expect(table.contains("`\(variable.flag)` | `\(variable.environment)`"))
        }
        #expect(Set(ServeSettings.variables.map(\.environment)).count == ServeSettings.variables.count)
    }
}

@Suite("keygen")
struct KeygenTests {
    @Test("tokens and EncodingAESKeys follow the console's rules and differ every time")
    func shapes() throws {
        let keys = (0..<50).map { _ in Keygen.aesKey() }
        for key in keys {
            #expect(key.count == 43)
            #expect(key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            _ = try EncodingAESKey(key)
        }
        #expect(Set(keys).count == keys.count)
        let token = Keygen.token()
        #expect(token.count == 32)
        #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }
}

@Suite("settings files")
struct SettingsFileTests {
    @Test("a JSON settings file reads like YAML, with several accounts and a platform")
    func json() throws {
        let settings = try YAMLSettings.parse(
            #"{"port": 9300, "mode": "plain", "accounts": [{"token": "t1", "appID": "wx1"}, {"token": "t2", "appID": "wx2"}],"#
                + #" "components": [{"appID": "wxc", "token": "tc", "aesKey": "k"}], "store": "memory"}"#
        )
        #expect(settings.port == 9300)
        #expect(settings.mode == .plain)
        #expect(settings.accounts?.map(\.appID) == ["wx1", "wx2"])
        #expect(settings.components?.first?.appID == "wxc")
        let plan = try ServePlan(settings)
        #expect(!plan.isDemo)
        #expect(plan.banner(port: 9300).contains("Official Account wx2 at http://127.0.0.1:9300/wechat/wx2"))
        #expect(plan.banner(port: 9300).contains("/wechat/platform/wxc/$APPID$"))
    }

    @Test("the banner names each account's live mode; the timestamp window defaults to 5 minutes, 0 turns it off")
    func modeAndTimestampWindow() throws {
        var settings = try ServeSettings(flags: ["--timestamp-window": "0"])
        settings.accounts = [
            .init(token: "token1", aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", appID: "wx1"),
            .init(token: "token2", appID: "wx2"),
        ]
        #expect(try ServePlan(settings).timestampWindow == nil)
        settings.timestampWindowSeconds = nil
        let plan = try ServePlan(settings)
        #expect(plan.timestampWindow == .seconds(300))
        let banner = plan.banner(port: 9300)
        #expect(banner.contains("wx1 at http://127.0.0.1:9300/wechat/wx1, mode safe (encrypted XML only)"))
        #expect(banner.contains("wx2 at http://127.0.0.1:9300/wechat/wx2, mode plain (clear XML only)"))
        #expect(try plan.weChatAccounts().map(\.mode) == [.safe, .plain])
        settings.mode = .compatible
        #expect(try ServePlan(settings).weChatAccounts().map(\.mode) == [.compatible, .plain])
        settings.timestampWindowSeconds = -1
        #expect(throws: WeChatBotCLIError.self) { try ServePlan(settings) }
    }

    @Test("an unreadable or malformed settings file is refused naming the path")
    func malformed() throws {
        #expect(throws: WeChatBotCLIError.self) { try ServeSettings(contentsOf: "/nonexistent/settings.yaml") }
        #expect(throws: WeChatBotCLIError.self) { try YAMLSettings.parse("port: [not a number]") }
    }
}

@Suite("Settings declared once: serve and the account commands read the same flags")
struct SettingFlagsTests {
    @Test("--flag value and --flag=value are read through the one table; unknown flags are refused by name")
    func flags() throws {
        let command = try ServeCommand.parse(["--port", "9300", "--app-id=wxone", "--store", "memory"])
        let settings = try command.settings(environment: ["WECHAT_PORT": "9100", "WECHAT_APP_SECRET": "s3"])
        #expect(settings.port == 9300)
        #expect(settings.accounts?.first?.appID == "wxone")
        #expect(settings.accounts?.first?.secret == "s3")
        #expect(settings.store == "memory")
        #expect(throws: WeChatBotCLIError.invalidSetting("--bogus", "unknown setting (see --help for every setting)")) {
            try ServeSettings.flagValues(from: ["--bogus", "1"])
        }
        #expect(throws: WeChatBotCLIError.self) { try ServeSettings.flagValues(from: ["--port"]) }
        let account = try AccountOptions.parse(["--app-id", "wxtwo", "--api-base-url", "http://127.0.0.1:9"])
        #expect(try account.settings(environment: [:]).apiBaseURL == "http://127.0.0.1:9")
        #expect(try account.settings(environment: [:]).accounts?.first?.appID == "wxtwo")
    }
}
