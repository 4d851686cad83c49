public import ArgumentParser
import WeChatAPI

/// `wechat-bot template send --to OPENID --template ID --data key=value… [--url URL]`.
public struct TemplateCommand: AsyncParsableCommand {
    /// The subcommand's name, help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "template", abstract: "Send template messages.", subcommands: [Send.self])

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// `template send`.
    public struct Send: AsyncParsableCommand {
        /// The subcommand's name and help.
        public static let configuration = CommandConfiguration(
            commandName: "send", abstract: "Send a template message; print WeChat's msgid.")

        @Option(help: "The follower's openid.") var to: String
        @Option(help: "The template id.") var template: String
        @Option(help: "A keyword value as key=value, or key=value#RRGGBB for a colour; repeat for each keyword.")
        var data: [String] = []
        @Option(help: "A page opened on tap.") var url: String?
        @OptionGroup var account: AccountOptions

        /// Creates the command (ArgumentParser fills it).
        public init() {}

        /// Parses `key=value[#RRGGBB]`.
        static func field(_ text: String) throws -> (String, TemplateMessage.Field) {
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw ValidationError("--data \(text): expected key=value")
            }
            let key = String(text[..<equals])
            var value = String(text[text.index(after: equals)...])
            var color: String?
            if let hash = value.lastIndex(of: "#"), TemplateMessage.isHexColor(String(value[hash...])) {
                color = String(value[hash...])
                value = String(value[..<hash])
            }
            return (key, TemplateMessage.Field(value, color: color))
        }

        /// Builds, validates and sends the message.
        public func run() async throws {
            let fields = try data.map(Self.field)
            let message = TemplateMessage(
                to: to, templateID: template, data: Dictionary(fields, uniquingKeysWith: { _, last in last }), url: url)
            try message.validate()
            let msgID = try await AccountSession.run(account) { api in try await api.templates.send(message) }
            print("msgid: \(msgID)")
        }
    }
}
