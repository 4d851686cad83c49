import Logging
import WeChatBotCLI

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A logger that drops everything.
let quietLogger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

/// Settings from YAML text, through the same decoder as settings files.
enum YAMLSettings {
    static func parse(_ text: String) throws -> ServeSettings {
        let directory = try TemporaryDirectory()
        let path = try directory.write("settings.yaml", text)
        return try ServeSettings(contentsOf: path)
    }
}

/// A unique directory under the system temp dir, removed when dropped.
final class TemporaryDirectory: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("wechat-bot-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the directory and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
