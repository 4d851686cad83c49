package import WeChatBot

/// What a helper process killed in the middle of claiming (`StoreKillHelper`'s claim modes) was told it claimed,
/// checked against the store it wrote to.
package enum KilledClaimLoad {
    /// The number of keys `output` reports claimed (`claimed <key>` lines), and those of them that `store` has
    /// lost (a new claim takes them again).
    package static func lostClaims(printed output: String, in store: some DeduplicationStore) async throws -> (
        acknowledged: Int, lost: [String]
    ) {
        let acknowledged = output.split(separator: "\n").filter { $0.hasPrefix("claimed ") }
            .map { String($0.dropFirst("claimed ".count)) }
        // Claimed back from 16 tasks at once, so a batching store checks thousands of keys in a few statements.
        let lost = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<16 {
                group.addTask {
                    var lost: [String] = []
                    for index in stride(from: worker, to: acknowledged.count, by: 16) {
                        let key = acknowledged[index]
                        if case .claimed = try await store.claim(key, ttl: .seconds(600)) { lost.append(key) }
                    }
                    return lost
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        return (acknowledged.count, lost)
    }
}
