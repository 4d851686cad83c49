import Foundation
import WeChatAPITesting

/// The verdict of one run, from the driver's ledger and the calls the fake recorded after the bot drained:
/// each owed customer-service text sent exactly once, every request answered HTTP 200 with the right body
/// (counted apart for the seconds PostgreSQL was down), and the stores answering again after the restart.
struct FaultReport {
    /// What the stores said when probed after the restart.
    struct Recovery {
        var credentialWriteRead: Bool
        var deduplicationClaim: Bool
    }

    let settings: FaultRunSettings
    let ledger: RunLedger
    var calls: [RecordedCall]
    /// Set when graceful shutdown did not finish the background work in time.
    var drainFailure: String?
    let recovery: Recovery
    let messagesSent: Int
    let loadStart: ContinuousClock.Instant
    let loadEnd: ContinuousClock.Instant

    private var failures: [String] = []
    private var lines: [String] = []

    init(
        settings: FaultRunSettings, ledger: RunLedger, calls: [RecordedCall], recovery: Recovery, messagesSent: Int,
        loadStart: ContinuousClock.Instant, loadEnd: ContinuousClock.Instant
    ) {
        self.settings = settings
        self.ledger = ledger
        self.calls = calls
        self.recovery = recovery
        self.messagesSent = messagesSent
        self.loadStart = loadStart
        self.loadEnd = loadEnd
    }

    /// Builds the table; returns it and the failed checks (empty: the run passed).
    mutating func render() -> (text: String, failures: [String]) {
        header()
        requestTable()
        faultTable()
        deliveryTable()
        recoveryLines()
        if let drainFailure { failures.append(drainFailure) }
        lines.append(failures.isEmpty ? "RESULT: PASS" : "RESULT: FAIL (\(failures.count) checks)")
        lines.append(contentsOf: failures.map { "  ✗ " + $0 })
        return (lines.joined(separator: "\n"), failures)
    }

    private func seconds(_ instant: ContinuousClock.Instant) -> String {
        String(format: "%.1f s", Double((instant - loadStart) / .milliseconds(1)) / 1000)
    }

    private mutating func header() {
        let elapsed = Double((loadEnd - loadStart) / .milliseconds(1)) / 1000
        let requests = ledger.requests.count
        lines.append("Faults under load")
        lines.append(
            "load: \(messagesSent) messages + \(requests - messagesSent) WeChat retries = \(requests) requests in "
                + String(format: "%.1f s (%.0f req/s)", elapsed, Double(requests) / elapsed)
                + ", \(settings.senders) senders, reply deadline \(settings.replyDeadline)")
        if let outage = ledger.outage, let end = outage.end {
            lines.append(
                "PostgreSQL: stopped at \(seconds(outage.start)), accepting connections again at \(seconds(end))"
                    + String(format: " (down %.1f s)", Double((end - outage.start) / .milliseconds(1)) / 1000))
        } else {
            failures.append("the PostgreSQL restart did not complete")
        }
        let steps = ledger.events.filter { !$0.1.hasPrefix("PostgreSQL") }.count
        lines.append("fault steps applied at the fake: \(steps) (cycle of \(FaultSchedule.cycle.count))")
        lines.append("")
    }

    private mutating func requestTable() {
        let outage = ledger.outage
        func isDuringOutage(_ request: RunLedger.Request) -> Bool {
            guard let outage else { return false }
            return request.ended >= outage.start && request.started <= (outage.end ?? loadEnd)
        }
        let groups: [(String, [RunLedger.Request])] = [
            ("PostgreSQL up", ledger.requests.filter { !isDuringOutage($0) }),
            ("PostgreSQL down/restarting", ledger.requests.filter(isDuringOutage)),
        ]
        lines.append(
            Self.row("HTTP requests", "requests", "200", "other", "transport", "reply", "success", "empty", "wrong"))
        for (name, requests) in groups {
            var counts = [Int](repeating: 0, count: 8)
            for request in requests {
                counts[0] += 1
                switch request.outcome {
                case .transportError: counts[3] += 1
                case .answered(let status, let body):
                    counts[status == 200 ? 1 : 2] += 1
                    switch body {
                    case .expectedReply: counts[4] += 1
                    case .success: counts[5] += 1
                    case .empty: counts[6] += 1
                    case .wrongReply, .other: counts[7] += 1
                    }
                }
            }
            lines.append(Self.row(name, counts.map(String.init)))
            if counts[2] + counts[3] > 0 {
                failures.append("\(name): \(counts[2]) non-200 answers, \(counts[3]) transport errors")
            }
            if counts[7] > 0 { failures.append("\(name): \(counts[7]) answers with a wrong body") }
        }
        for (name, requests) in groups {
            let wrongKind = requests.filter { request in
                guard case .answered(200, let body) = request.outcome else { return false }
                switch request.kind {
                case .releaseTest: return body != .empty
                case .echo, .slow: return body == .empty
                }
            }
            guard !wrongKind.isEmpty else { continue }
            let release = wrongKind.filter { $0.kind == .releaseTest }.count
            let detail =
                "\(name): \(wrongKind.count) answers of the wrong kind (\(release) release-test copies answered"
                + " success instead of an empty body)"
            lines.append("  " + detail)
            // The store's outage may hold a release-test copy past the deadline (`success`); anywhere else the
            // kind must be right.
            if name == groups[0].0 || release < wrongKind.count { failures.append(detail) }
        }
        lines.append("")
    }

    private mutating func faultTable() {
        let paths = [
            FaultSchedule.componentToken, FaultSchedule.authorizerToken, FaultSchedule.queryAuth,
            FaultSchedule.customSend,
        ]
        lines.append(Self.row("WeChat API calls (at the fake)", "calls", "ok", "-1", "HTTP 5xx", "42001", "other", "", ""))
        for path in paths {
            let mine = calls.filter { $0.path == path }
            let ok = mine.filter { $0.status == 200 && $0.errcode == 0 }.count
            let busy = mine.filter { $0.status == 200 && $0.errcode == -1 }.count
            let http = mine.filter { $0.status >= 500 }.count
            let expired = mine.filter { $0.status == 200 && $0.errcode == 42001 }.count
            let other = mine.count - ok - busy - http - expired
            lines.append(
                Self.row(
                    String(path.split(separator: "/").suffix(2).joined(separator: "/")),
                    [mine.count, ok, busy, http, expired, other].map(String.init) + ["", ""]))
        }
        lines.append("")
    }

    private mutating func deliveryTable() {
        var sent: [String: Int] = [:]
        for call in calls where call.path == FaultSchedule.customSend && call.status == 200 && call.errcode == 0 {
            if let text = call.body?["text"]?["content"]?.stringValue { sent[text, default: 0] += 1 }
        }
        let owed = ledger.owedTexts
        lines.append(Self.row("customer-service sends", "owed", "once", "missing", "duplicated", "", "", "", ""))
        let names: [(RunLedger.Kind, String)] = [
            (.slow, "late replies (slow:)"), (.echo, "echoes answered success"), (.releaseTest, "release test _from_api"),
        ]
        for (kind, name) in names {
            let texts = owed.filter { $0.value == kind }.map(\.key).sorted()
            let missing = texts.filter { sent[$0] == nil }
            let duplicated = texts.filter { (sent[$0] ?? 0) > 1 }
            lines.append(
                Self.row(
                    name,
                    [texts.count, texts.count - missing.count - duplicated.count, missing.count, duplicated.count]
                        .map(String.init) + ["", "", ""]))
            if !missing.isEmpty { failures.append("\(name): missing \(missing.prefix(20).joined(separator: ", "))") }
            if !duplicated.isEmpty {
                let detail = duplicated.prefix(20).map { "\($0) ×\(sent[$0]!)" }.joined(separator: ", ")
                failures.append("\(name): duplicated \(detail)")
            }
        }
        let unexpected = sent.keys.filter { owed[$0] == nil }.sorted()
        lines.append(Self.row("sent but not owed", [String(unexpected.count)] + Array(repeating: "", count: 7)))
        if !unexpected.isEmpty {
            failures.append("sent but not owed: \(unexpected.prefix(20).joined(separator: ", "))")
        }
        lines.append("")
    }

    private mutating func recoveryLines() {
        let recoveredFrom = (ledger.outage?.end ?? loadEnd) + .seconds(2)
        let after = ledger.requests.filter { $0.kind == .echo && $0.started > recoveredFrom }
        let passive = after.filter {
            if case .answered(200, .expectedReply) = $0.outcome { true } else { false }
        }
        let share = after.isEmpty ? 0 : Double(passive.count) / Double(after.count)
        lines.append(
            "after the restart (no server restart): credential write+read \(recovery.credentialWriteRead ? "ok" : "FAILED")"
                + ", de-dup claim \(recovery.deduplicationClaim ? "ok" : "FAILED")"
                + String(format: ", echoes answered passively %d/%d (%.1f %%)", passive.count, after.count, share * 100))
        if !recovery.credentialWriteRead { failures.append("credential write after the restart failed") }
        if !recovery.deduplicationClaim { failures.append("de-duplication claim after the restart failed") }
        if after.isEmpty || share < 0.5 {
            failures.append("echoes after the restart were not answered passively (bot still waiting on the store?)")
        }
    }

    private static func row(_ name: String, _ cells: String...) -> String {
        row(name, cells)
    }

    private static func row(_ name: String, _ cells: [String]) -> String {
        let line =
            name.padding(toLength: 32, withPad: " ", startingAt: 0)
            + cells.map { String(repeating: " ", count: max(0, 11 - $0.count)) + $0 }.joined()
        return String(line.reversed().drop(while: { $0 == " " }).reversed())
    }
}
