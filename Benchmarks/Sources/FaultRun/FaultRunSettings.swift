import Foundation

/// What one fault run does, from `--name value` arguments (see `Benchmarks/faults/run.sh`).
struct FaultRunSettings: Sendable {
    /// `postgres://user@host:port/database` of the server the stores use.
    var postgresURL: String
    /// `scripts/throwaway-postgres`, called with `stop DIR` and `resume DIR` for the mid-run restart.
    var postgresControl: String
    /// The throwaway server's folder.
    var postgresDirectory: String
    /// How long the load runs.
    var duration: Duration
    /// Messages per second across all senders (retries of slow and release-test messages come on top).
    var rate: Int
    /// Concurrent HTTP senders.
    var senders: Int
    /// The bot's reply deadline; slow messages sleep past it.
    var replyDeadline: Duration
    /// When PostgreSQL is stopped, counted from the start of the load.
    var restartAt: Duration
    /// How long PostgreSQL stays down.
    var downFor: Duration

    /// Reads `arguments` (without the program name); unknown names and missing values are errors.
    init(arguments: [String]) throws {
        var values: [String: String] = [:]
        var remaining = arguments[...]
        while let name = remaining.popFirst() {
            guard name.hasPrefix("--"), let value = remaining.popFirst() else {
                throw FaultRunError("expected --name value pairs, got \(name)")
            }
            values[String(name.dropFirst(2))] = value
        }
        func required(_ name: String) throws -> String {
            guard let value = values.removeValue(forKey: name) else { throw FaultRunError("missing --\(name)") }
            return value
        }
        func number(_ name: String, default fallback: Int) throws -> Int {
            guard let text = values.removeValue(forKey: name) else { return fallback }
            guard let value = Int(text), value > 0 else { throw FaultRunError("--\(name) must be a positive integer") }
            return value
        }
        postgresURL = try required("postgres-url")
        postgresControl = try required("postgres-control")
        postgresDirectory = try required("postgres-dir")
        duration = .seconds(try number("seconds", default: 90))
        rate = try number("rate", default: 400)
        senders = try number("senders", default: 32)
        replyDeadline = .milliseconds(try number("deadline-ms", default: 1000))
        restartAt = .seconds(try number("restart-at", default: 40))
        downFor = .seconds(try number("down-seconds", default: 5))
        guard values.isEmpty else { throw FaultRunError("unknown --\(values.keys.sorted().joined(separator: ", --"))") }
    }
}

/// A reason the fault run cannot start or finish.
struct FaultRunError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
