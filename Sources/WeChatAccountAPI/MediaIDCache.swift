/// Remembers the media id of each uploaded local file per account until WeChat's three-day expiry, so a
/// reply that names a file uploads it once — across messages, restarts and, with a shared store, instances.
///
/// `WeChatAPI` provides one over its credential store (SQLite, PostgreSQL or memory).
public protocol MediaIDCache: Sendable {
    /// The media id of the file at `path` (by content) as `type` for `appID`; when none is fresh, calls
    /// `upload` once across concurrent callers and keeps its answer.
    func mediaID(
        forFile path: String, type: MediaType, appID: String,
        upload: @escaping @Sendable () async throws -> UploadedMedia
    ) async throws -> String
}
