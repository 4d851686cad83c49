extension Reply {
    /// The reply with a local file replaced by its media id: uploaded once through `context.api`'s media cache and
    /// reused until WeChat's three-day expiry. Other replies are returned as they are.
    func uploadingLocalFile(for context: BotContext) async throws -> Reply {
        guard case .file(let media) = self else { return self }
        let type: MediaType =
            switch media.kind {
            case .image: .image
            case .voice: .voice
            case .video: .video
            }
        return media.reply(mediaID: try await context.api.media.mediaID(forFile: media.path, type: type))
    }
}

extension Optional<Reply> {
    /// ``Reply/uploadingLocalFile(for:)`` of a reply, if any.
    func uploadingLocalFile(for context: BotContext) async throws -> Reply? {
        guard let self else { return nil }
        return try await self.uploadingLocalFile(for: context)
    }
}
