import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SQLiteStore {
    /// The files of one database: the file itself and the companions SQLite creates next to it.
    static func databaseFiles(of path: String) -> [String] {
        [path, path + "-wal", path + "-shm", path + "-journal"]
    }

    /// Makes the database at `path` owner-only (`0600`) before SQLite opens it: the file holds access tokens,
    /// the component ticket and refresh tokens in clear (README, "State and secrets at rest").
    ///
    /// A missing file is created empty with mode `0600` (SQLite takes an empty file as a new database, and
    /// gives its `-wal`, `-shm` and `-journal` files the database file's mode). An existing file, or companion,
    /// that group or others may read is tightened to `0600` with a warning; when that is not allowed (another
    /// owner) the warning says so and the store opens anyway.
    static func restrictFileModes(at path: String, logger: Logger) {
        createOwnerOnlyFile(path)
        for file in databaseFiles(of: path) {
            var status = stat()
            guard stat(file, &status) == 0, status.st_mode & 0o077 != 0 else { continue }
            let previous = String(status.st_mode & 0o777, radix: 8)
            if chmod(file, 0o600) == 0 {
                logger.warning(
                    "SQLite store file was readable by other users; made it owner-only",
                    metadata: ["file": "\(file)", "previousMode": "\(previous)"])
            } else {
                logger.warning(
                    "SQLite store file is readable by other users and cannot be made owner-only",
                    metadata: ["file": "\(file)", "mode": "\(previous)", "errno": "\(errno)"])
            }
        }
    }
}

/// Creates `path` empty with mode `0600` unless it exists (a free function: inside ``SQLiteStore`` `open` and
/// `close` name the store's own methods).
private func createOwnerOnlyFile(_ path: String) {
    let descriptor = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
    if descriptor >= 0 { close(descriptor) }
}
