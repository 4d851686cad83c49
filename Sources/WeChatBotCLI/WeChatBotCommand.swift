public import ArgumentParser

/// `wechat-bot`: run a WeChat bot server, simulate WeChat against it, make keys, check a deployed URL, and
/// manage the account (menu, media, QR codes, template messages, followers).
public struct WeChatBotCommand: AsyncParsableCommand {
    /// The command's name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "wechat-bot",
        abstract: "Run and try WeChat Official Account bots.",
        subcommands: [
            ServeCommand.self, SimulateCommand.self, KeygenCommand.self, CheckURLCommand.self, MenuCommand.self,
            MediaCommand.self, QRCodeCommand.self, TemplateCommand.self, UsersCommand.self,
        ]
    )

    /// Creates the command (ArgumentParser fills it).
    public init() {}
}
