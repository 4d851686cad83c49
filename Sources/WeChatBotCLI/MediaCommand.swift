public import ArgumentParser
import WeChatAPI

/// `wechat-bot media upload FILE --type …`: uploads a file and prints its media id alone on standard output.
public struct MediaCommand: AsyncParsableCommand {
    /// The subcommand's name, help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "media", abstract: "Upload media files.", subcommands: [Upload.self])

    /// Creates the command (ArgumentParser fills it).
    public init() {}

    /// `media upload FILE --type image|voice|video|thumb [--permanent]`.
    public struct Upload: AsyncParsableCommand {
        /// The subcommand's name and help.
        public static let configuration = CommandConfiguration(
            commandName: "upload",
            abstract: "Upload FILE as temporary media (3 days) or permanent material; print the media_id.")

        @Argument(help: "The file to upload.") var file: String
        @Option(help: "image, voice, video or thumb.") var type: String
        @Flag(help: "Add as permanent material instead of 3-day temporary media.") var permanent = false
        @Option(help: "A permanent video's title.") var title: String?
        @Option(help: "A permanent video's introduction.") var introduction: String?
        @OptionGroup var account: AccountOptions

        /// Creates the command (ArgumentParser fills it).
        public init() {}

        /// Checks the file against WeChat's limits, uploads it, prints the media id.
        public func run() async throws {
            guard let mediaType = MediaType(rawValue: type) else {
                throw ValidationError("--type must be image, voice, video or thumb")
            }
            let (file, permanent, title, introduction) = (file, permanent, title, introduction)
            let mediaID = try await AccountSession.run(account) { api in
                switch (permanent, mediaType) {
                case (false, _): return try await api.media.upload(file: file, type: mediaType).mediaID
                case (true, .video):
                    return try await api.material.addVideo(file: file, title: title ?? "", introduction: introduction ?? "")
                        .mediaID
                case (true, _): return try await api.material.add(file: file, type: mediaType).mediaID
                }
            }
            print(mediaID)
        }
    }
}
