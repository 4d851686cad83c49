extension Reply {
    /// The reply with a local file replaced by its media id: uploaded once through `api`'s media cache and
    /// reused until WeChat's three-day expiry. Other replies are returned as they are.
    func uploadingLocalFile(with api: AccountAPI) async throws -> Reply {
        guard case .file(let media) = self else { return self }
        let type: MediaType =
            switch media.kind {
            case .image: .image
            case .voice: .voice
            case .video: .video
            }
        return media.reply(mediaID: try await api.media.mediaID(forFile: media.path, type: type))
    }
}

extension Optional<Reply> {
    /// ``Reply/uploadingLocalFile(with:)`` of a reply, if any.
    func uploadingLocalFile(with api: AccountAPI) async throws -> Reply? {
        guard let self else { return nil }
        return try await self.uploadingLocalFile(with: api)
    }
}
