public import ArgumentParser
import AsyncHTTPClient

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `wechat-bot check-url`: sends WeChat's verification GET to a deployed URL and checks the echo.
public struct CheckURLCommand: AsyncParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "check-url",
        abstract: "Send WeChat's URL verification GET and check that the echo string comes back."
    )

    @Argument(help: "The callback URL, e.g. https://bot.example.com/wechat.") var url: String
    @Option(help: "Callback token (or WECHAT_TOKEN).") var token: String?

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// Runs the check and prints the outcome; exits non-zero when it fails.
    public func run() async throws {
        guard let token = token ?? ProcessInfo.processInfo.environment["WECHAT_TOKEN"] else {
            throw WeChatBotCLIError.invalidSetting("--token", "the callback token is required")
        }
        try await URLCheck.verify(url: url, token: token, httpClient: HTTPClient.shared)
        print("OK: \(url) answered the verification GET with the echo string")
    }
}
