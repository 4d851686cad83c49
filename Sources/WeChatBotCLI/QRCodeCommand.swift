public import ArgumentParser
import WeChatAPI

/// `wechat-bot qrcode create --scene VALUE [--expires SECONDS | --permanent]`: a parametric QR code.
public struct QRCodeCommand: AsyncParsableCommand {
    /// The subcommand's name, help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "qrcode", abstract: "Create parametric QR codes.", subcommands: [Create.self])

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// `qrcode create`.
    public struct Create: AsyncParsableCommand {
        /// The subcommand's name and help.
        public static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a QR code whose scan pushes SCENE to the bot; print its ticket and URLs.")

        @Option(help: "The scene: digits make an integer scene, anything else a string scene.") var scene: String
        @Option(help: "Seconds a temporary code stays valid (1 to 2592000; default 2592000).") var expires: Int64?
        @Flag(help: "A permanent code instead of a temporary one.") var permanent = false
        @OptionGroup var account: AccountOptions

        /// Creates the command (ArgumentParser fills it).
        public init() {}

        /// Checks the flags, creates the code, prints ticket, URL and image URL.
        public func validate() throws {
            if permanent, expires != nil { throw ValidationError("--expires and --permanent exclude each other") }
        }

        /// Creates the code.
        public func run() async throws {
            let qrScene: QRCodeScene = Int64(scene).map { .integer($0) } ?? .string(scene)
            let (permanent, expires) = (permanent, expires)
            let code = try await AccountSession.run(account) { api in
                permanent
                    ? try await api.qrCodes.permanent(scene: qrScene)
                    : try await api.qrCodes.temporary(scene: qrScene, expiresIn: expires ?? QRCodeScene.maxExpiry)
            }
            print("ticket: \(code.ticket)")
            print("url: \(code.url)")
            print("image: \(code.imageURL)")
            if let expiresIn = code.expiresIn { print("expires in: \(expiresIn) s") }
        }
    }
}
