import FoundationEssentials

/// What the API checks of a local file before uploading it: size, extension, modification time.
struct LocalFile: Sendable, Hashable {
    /// The path as given.
    var path: String
    /// Its size in bytes.
    var size: Int64
    /// Its last modification, Unix seconds.
    var modified: Double

    /// Reads the file's attributes; a missing or unreadable file is an invalid request.
    init(path: String) throws {
        self.path = path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            (attributes[.type] as? FileAttributeType) == .typeRegular,
            FileManager.default.isReadableFile(atPath: path)
        else {
            throw WeChatAPIError.invalidRequest("\(path): not a readable file")
        }
        size =
            (attributes[.size] as? Int64) ?? (attributes[.size] as? UInt64).map { Int64(clamping: $0) }
            ?? Int64((attributes[.size] as? Int) ?? 0)
        modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    }

    /// The lowercased extension after the last `.` of the file name, or empty.
    var fileExtension: String {
        let name = Self.lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The part after the last `/`.
    static func lastComponent(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }
}
