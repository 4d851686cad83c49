import Foundation
import PostgresNIO
import StoreContracts
import Testing
import WeChatAPI
import WeChatBot
import WeChatStorePostgres

@Suite(
    "PostgreSQL store: what a killed process wrote",
    .enabled(if: PostgresTestServer.shouldRun, PostgresTestServer.skipReason))
struct PostgresStoreKillUnderLoadTests {
    /// De-duplication rows are committed without waiting for the disk; this shows that costs a killed bot
    /// nothing: the server has every row it acknowledged.
    @Test("every de-dup claim and the credential acknowledged before a SIGKILL under load are there afterwards")
    func claimsSurviveKill() async throws {
        try await withPostgresStores { context in
            let server = try PostgresTestServer.configuration(applicationName: "kill-helper")
            let child = try await ChildStoreProcess(
                arguments: [
                    "postgres-claims", server.host ?? "127.0.0.1", "\(server.port ?? 5432)", server.username,
                    server.database ?? "postgres", context.schema, "wxload",
                ],
                readyLine: "ready")
            try await Task.sleep(for: .milliseconds(300))  // killed in the middle of a burst of claims
            let status = await child.kill()
            #expect(status == SIGKILL)
            let store = context.stores[0]
            let (acknowledged, lost) = try await KilledClaimLoad.lostClaims(printed: child.output, in: store)
            let credential = try await store.load(.componentAccessToken(componentAppID: "wxload"))
            print("SIGKILL under load (PostgreSQL): \(acknowledged) acknowledged claims, \(lost.count) lost")
            #expect(acknowledged >= 500)
            #expect(lost.isEmpty, "claims acknowledged before the kill but missing after it: \(lost.prefix(5))")
            #expect(credential?.value == "survivor")
        }
    }
}
