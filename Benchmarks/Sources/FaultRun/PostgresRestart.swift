import Foundation

/// Stops the throwaway PostgreSQL server, keeps it down for a while and starts it again, through
/// `scripts/throwaway-postgres` (which stops it by PID and waits until it accepts connections again).
struct PostgresRestart: Sendable {
    let control: String
    let directory: String

    /// Stop, `downFor`, resume; notes the outage window in `ledger`.
    func run(downFor: Duration, ledger: RunLedger) async throws {
        ledger.outageStarted(at: .now)
        ledger.note("PostgreSQL stop")
        try await invoke("stop")
        ledger.note("PostgreSQL stopped")
        try await Task.sleep(for: downFor)
        ledger.note("PostgreSQL start")
        try await invoke("resume")
        ledger.outageEnded(at: .now)
        ledger.note("PostgreSQL accepting connections")
    }

    private func invoke(_ command: String) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", control, command, directory]
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { finished in
                if finished.terminationStatus == 0 {
                    continuation.resume()
                } else {
                    continuation.resume(
                        throwing: FaultRunError("throwaway-postgres \(command) exited \(finished.terminationStatus)"))
                }
            }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }
}
