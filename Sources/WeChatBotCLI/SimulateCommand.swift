public import ArgumentParser
import AsyncHTTPClient

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `wechat-bot simulate`: sends one message or event to a bot URL as WeChat would and prints the reply.
public struct SimulateCommand: AsyncParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Send a signed (and encrypted) message to a bot URL and show the verified reply."
    )

    /// The message kinds `simulate` can build.
    public enum KindName: String, CaseIterable, ExpressibleByArgument, Sendable {
        case text, image, voice, video, shortvideo, location, link, subscribe, unsubscribe, scan, click, view
        case locationEvent = "location-event"
    }

    @Argument(
        help:
            "text, image, voice, video, shortvideo, location, link, subscribe, unsubscribe, scan, click, view, location-event."
    )
    var kind: KindName
    @Argument(help: "The text, media id, location label, link or view URL, QR scene or menu key.")
    var value: String?
    @Option(help: "The bot URL (default http://127.0.0.1:8080/wechat).") var url: String?
    @Option(help: "Callback token (or WECHAT_TOKEN).") var token: String?
    @Option(name: .customLong("aes-key"), help: "EncodingAESKey (or WECHAT_AES_KEY).") var aesKey: String?
    @Option(name: .customLong("app-id"), help: "Appid (or WECHAT_APP_ID).") var appID: String?
    @Option(help: "plain, compatible or safe.") var mode: SimulationMode = .safe
    @Option(help: "QR scene for subscribe or scan.") var scene: String?
    @Option(help: "The account's original id (ToUserName).") var to: String = "gh_simulated"
    @Option(help: "The user's openid (FromUserName).") var from: String = "o_simulated_user"
    @Flag(help: "Print the raw reply XML instead of a summary.") var xml = false

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// The message the arguments describe.
    public func message() -> SimulatedMessage {
        let kind: SimulatedMessage.Kind =
            switch self.kind {
            case .text: .text(value ?? "hello")
            case .image: .image(mediaID: value ?? "simulated_image")
            case .voice: .voice(mediaID: value ?? "simulated_voice")
            case .video: .video(mediaID: value ?? "simulated_video")
            case .shortvideo: .shortVideo(mediaID: value ?? "simulated_short_video")
            case .location: .location(latitude: 23.134521, longitude: 113.358803, label: value ?? "Guangzhou Tower")
            case .link: .link(title: "Simulated link", url: value ?? "https://example.com")
            case .subscribe: .subscribe(scene: scene ?? value)
            case .unsubscribe: .unsubscribe
            case .scan: .scan(scene: scene ?? value ?? "123")
            case .click: .click(key: value ?? "MENU_KEY")
            case .view: .view(url: value ?? "https://example.com")
            case .locationEvent: .locationEvent(latitude: 23.137466, longitude: 113.352425)
            }
        return SimulatedMessage(
            kind,
            toUserName: to,
            fromUserName: from,
            createTime: Int64(Date().timeIntervalSince1970),
            msgID: Int64.random(in: 1_000_000_000...Int64.max)
        )
    }

    /// The target the options (or `WECHAT_TOKEN`, `WECHAT_AES_KEY`, `WECHAT_APP_ID`) name.
    public func target(environment: [String: String]) throws -> Simulator.Target {
        guard let token = token ?? environment["WECHAT_TOKEN"] else {
            throw WeChatBotCLIError.invalidSetting("--token", "the callback token is required")
        }
        return Simulator.Target(
            url: url ?? "http://127.0.0.1:8080/wechat",
            token: token,
            aesKey: aesKey ?? environment["WECHAT_AES_KEY"],
            appID: appID ?? environment["WECHAT_APP_ID"] ?? "",
            mode: mode
        )
    }

    /// Sends the message and prints the answer.
    public func run() async throws {
        let simulator = try Simulator(
            target: target(environment: ProcessInfo.processInfo.environment),
            httpClient: HTTPClient.shared
        )
        let message = message()
        print("→ \(kind.rawValue) from \(message.fromUserName) to \(simulator.target.url) (\(mode.rawValue) mode)")
        let result = try await simulator.send(message)
        print(xml ? (result.replyXML ?? result.rawBody) : result.readable)
        if result.status != 200 { throw ExitCode.failure }
    }
}
