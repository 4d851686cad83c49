public import ArgumentParser

/// `wechat-bot keygen`: a fresh token and EncodingAESKey to paste into the WeChat console.
public struct KeygenCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Print a new callback token and EncodingAESKey."
    )

    /// Creates the command.
    public init() {}

    /// Prints the two values as `WECHAT_…` lines, ready for a shell or an `.env` file.
    public func run() {
        print("WECHAT_TOKEN=\(Keygen.token())")
        print("WECHAT_AES_KEY=\(Keygen.aesKey())")
    }
}
