import Foundation
import WeChatAPI

/// PlatformBot's settings, from flags (`--port 8080`) or `WECHAT_…` environment variables (flags win), like
/// wechat-open-toolkit's `list` of platforms.
///
/// The platforms come as a JSON array `[{"appID":…,"secret":…,"token":…,"aesKey":…}]` in `WECHAT_COMPONENTS`,
/// or in the file named by `--components-file` / `WECHAT_COMPONENTS_FILE`.
struct PlatformBotSettings: Sendable {
    /// One platform as written in the JSON list.
    struct ComponentEntry: Codable, Sendable {
        var appID: String
        var secret: String
        var token: String
        var aesKey: String
    }

    /// Address to bind.
    var host: String
    /// Port (0 picks a free one, printed at start).
    var port: Int
    /// The prefix of every platform URL.
    var platformPath: String
    /// The origin WeChat redirects browsers to; `http://host:port` when not given.
    var publicBaseURL: String?
    /// The SQLite file holding tickets, tokens, de-duplication keys and sessions.
    var sqlitePath: String
    /// The WeChat API base URL (a fake in tests).
    var apiBaseURL: String
    /// The configured platforms.
    var components: [PlatformCredentials.Component]

    /// Reads the settings; throws naming the setting that is wrong (never a secret).
    init(arguments: [String], environment: [String: String]) throws {
        func value(_ flag: String, _ variable: String) -> String? {
            if let index = arguments.firstIndex(of: "--" + flag), arguments.indices.contains(index + 1) {
                return arguments[index + 1]
            }
            return environment[variable].flatMap { $0.isEmpty ? nil : $0 }
        }
        host = value("host", "WECHAT_HOST") ?? "127.0.0.1"
        guard let port = Int(value("port", "WECHAT_PORT") ?? "8080"), (0...65535).contains(port) else {
            throw PlatformBotError("--port / WECHAT_PORT must be a port number")
        }
        self.port = port
        platformPath = value("path", "WECHAT_PLATFORM_PATH") ?? "/wechat/platform"
        publicBaseURL = value("public-url", "WECHAT_PUBLIC_URL")
        sqlitePath = value("store", "WECHAT_STORE") ?? "platform-bot.sqlite"
        apiBaseURL = value("api-base-url", "WECHAT_API_BASE_URL") ?? "https://api.weixin.qq.com"
        let json: Data
        if let file = value("components-file", "WECHAT_COMPONENTS_FILE") {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw PlatformBotError("cannot read the components file \(file)")
            }
            json = contents
        } else if let inline = environment["WECHAT_COMPONENTS"] {
            json = Data(inline.utf8)
        } else {
            throw PlatformBotError(
                "no platforms: set WECHAT_COMPONENTS or --components-file (a JSON list of appID, secret, token, aesKey)"
            )
        }
        let entries: [ComponentEntry]
        do {
            entries = try JSONDecoder().decode([ComponentEntry].self, from: json)
        } catch {
            throw PlatformBotError("the components JSON must be a list of {appID, secret, token, aesKey}")
        }
        guard !entries.isEmpty else { throw PlatformBotError("the components list is empty") }
        guard Set(entries.map(\.appID)).count == entries.count else {
            throw PlatformBotError("the components list names an appID twice")
        }
        components = entries.map {
            PlatformCredentials.Component(
                appID: $0.appID, secret: $0.secret, token: $0.token, encodingAESKey: $0.aesKey)
        }
    }
}
