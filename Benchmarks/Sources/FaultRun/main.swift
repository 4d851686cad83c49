import Foundation
import Logging

// FaultRun: faults under load and a PostgreSQL restart mid-run (see Benchmarks/faults/run.sh).
let level = ProcessInfo.processInfo.environment["FAULTRUN_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .error
var logger = Logger(label: "FaultRun") { StreamLogHandler.standardError(label: $0) }
logger.logLevel = level
do {
    let settings = try FaultRunSettings(arguments: Array(CommandLine.arguments.dropFirst()))
    let passed = try await FaultRun.run(settings: settings, logger: logger)
    exit(passed ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("FaultRun: \(error)\n".utf8))
    exit(2)
}
