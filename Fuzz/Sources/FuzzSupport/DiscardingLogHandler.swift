public import Logging

/// A log handler that accepts every level, so each log call builds its message and metadata (the library's
/// error descriptions see hostile values too), and then drops the line: fuzzing must not fill stdout.
public struct DiscardingLogHandler: LogHandler {
    /// Every level, down to `trace`.
    public var logLevel: Logger.Level = .trace
    /// Metadata set on the logger; kept so `logger[metadataKey:]` behaves like a real handler.
    public var metadata: Logger.Metadata = [:]

    /// Creates the handler.
    public init() {}

    /// Reads or sets one metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Drops the already built line.
    public func log(event: LogEvent) {}
}

extension Logger {
    /// A logger whose lines are built and dropped (see ``DiscardingLogHandler``).
    public static func discarding(label: String) -> Logger {
        Logger(label: label) { _ in DiscardingLogHandler() }
    }
}
