public import ArgumentParser
import WeChatAPI

/// `wechat-bot users list`: every follower's openid, one a line.
public struct UsersCommand: AsyncParsableCommand {
    /// The subcommand's name, help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "users", abstract: "List followers.", subcommands: [List.self])

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// `users list`.
    public struct List: AsyncParsableCommand {
        /// The subcommand's name and help.
        public static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Print every follower's openid, one a line (all pages).")

        @OptionGroup var account: AccountOptions

        /// Creates the command (ArgumentParser fills it).
        public init() {}

        /// Walks the follower pages, printing as it goes.
        public func run() async throws {
            try await AccountSession.run(account) { api in
                for try await openID in api.users.all() { print(openID) }
            }
        }
    }
}
