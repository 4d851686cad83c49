/// De-duplication claims batched into one statement (``StatementBatcher``), for both database stores.
///
/// A statement gets each key once, so it can be a plain multi-row upsert (PostgreSQL refuses one that touches
/// a row twice): of several claims of one key in a batch only the first can claim it, and the others find the
/// key held.
package struct ClaimBatcher: Sendable {
    /// One claim: the key and how long its row lives from the statement that claims it.
    package struct Request: Sendable {
        /// The de-duplication key.
        package var key: String
        /// The row's time to live in milliseconds.
        package var ttlMilliseconds: Int64

        /// A claim of `key` for `ttlMilliseconds`.
        package init(key: String, ttlMilliseconds: Int64) {
            self.key = key
            self.ttlMilliseconds = ttlMilliseconds
        }
    }

    /// The most claims one statement carries.
    package static let maximumBatch = 256

    private let batcher = StatementBatcher<Request, Bool>(maximumBatch: maximumBatch)

    /// A batcher with nothing in flight.
    package init() {}

    /// Whether `request` claimed its key (a new or expired row). `claimRows` runs one statement for requests
    /// with distinct keys and returns the keys it claimed.
    package func claim(
        _ request: Request, claimRows: @escaping @Sendable ([Request]) async throws -> Set<String>
    ) async throws -> Bool {
        try await batcher.run(request) { batch in
            var seen: Set<String> = []
            let isFirst = batch.map { seen.insert($0.key).inserted }
            let claimed = try await claimRows(zip(batch, isFirst).filter(\.1).map(\.0))
            return zip(batch, isFirst).map { request, isFirst in isFirst && claimed.contains(request.key) }
        }
    }
}
