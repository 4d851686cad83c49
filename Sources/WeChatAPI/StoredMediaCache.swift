import Crypto
import NIOCore
import NIOFileSystem
import Synchronization
import WeChatAccountAPI

/// The ``MediaIDCache`` over a ``CredentialStore``: a file's media id is filed under its account and the
/// SHA-256 of its content and media type, uploaded once across concurrent callers (and instances on a shared
/// store) and again only within an hour of WeChat's three-day expiry.
struct StoredMediaCache: MediaIDCache {
    private let refresher: CredentialRefresher

    /// A cache in the store of `refresher`, announcing uploads on its event stream.
    init(refresher: CredentialRefresher) {
        self.refresher = CredentialRefresher(
            store: refresher.store, refreshMargin: .seconds(3600), events: refresher.events, logger: refresher.logger)
    }

    func mediaID(
        forFile path: String, type: MediaType, appID: String,
        upload: @escaping @Sendable () async throws -> UploadedMedia
    ) async throws -> String {
        let digest = try await FileDigests.shared.digest(of: path, type: type)
        return try await refresher.value(of: .uploadedMedia(appID: appID, fileDigest: digest), replacing: nil) {
            .mediaUploaded(appID: appID, fileDigest: digest, credential: $0)
        } obtain: {
            let media = try await upload()
            let uploadedAt = media.createdAt > 0 ? media.createdAt : CredentialRefresher.now()
            let expiresAt = uploadedAt + MediaType.temporaryLifetime.components.seconds
            return (media.mediaID, expiresAt - CredentialRefresher.now())
        }
    }
}

/// Content digests of local files, remembered by path, size and modification time so a file is hashed once
/// until it changes (at most 1,024 remembered).
final class FileDigests: Sendable {
    static let shared = FileDigests()

    private struct Stamp: Hashable {
        var path: String
        var type: MediaType
        var size: Int64
        var modified: Int64
        var modifiedNanoseconds: Int
    }

    private let known = Mutex<[Stamp: String]>([:])

    /// The hex SHA-256 of the file's type name, a NUL and its content.
    func digest(of path: String, type: MediaType) async throws -> String {
        do {
            return try await FileSystem.shared.withFileHandle(forReadingAt: FilePath(path)) { handle in
                let info = try await handle.info()
                let stamp = Stamp(
                    path: path, type: type, size: info.size, modified: Int64(info.lastDataModificationTime.seconds),
                    modifiedNanoseconds: Int(info.lastDataModificationTime.nanoseconds))
                if let digest = known.withLock({ $0[stamp] }) { return digest }
                var hash = SHA256()
                hash.update(data: Array(type.rawValue.utf8) + [0])
                for try await chunk in handle.readChunks(chunkLength: .kibibytes(256)) {
                    chunk.withUnsafeReadableBytes { hash.update(bufferPointer: $0) }
                }
                let digest = hash.finalize().map { byte in
                    let hex = String(byte, radix: 16)
                    return byte < 16 ? "0" + hex : hex
                }.joined()
                known.withLock { known in
                    if known.count >= 1024 { known.removeAll(keepingCapacity: true) }
                    known[stamp] = digest
                }
                return digest
            }
        } catch let error as WeChatAPIError {
            throw error
        } catch {
            throw WeChatAPIError.invalidRequest("\(path): not a readable file")
        }
    }
}
