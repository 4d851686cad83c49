/// De-duplication outcome writes batched into one statement (``StatementBatcher``), for both database stores.
///
/// A statement gets each key once, so it can be a plain multi-row upsert (PostgreSQL refuses one that touches
/// a row twice): of several writes of one key in a batch the last one wins, as it would one after another.
package struct OutcomeBatcher: Sendable {
    /// One outcome to store.
    package struct Request: Sendable {
        /// The de-duplication key.
        package var key: String
        /// The outcome as JSON (`DeduplicationOutcome.jsonText()`).
        package var json: String
        /// The row's time to live in milliseconds, from the statement that writes it.
        package var ttlMilliseconds: Int64

        /// A write of `json` under `key` for `ttlMilliseconds`.
        package init(key: String, json: String, ttlMilliseconds: Int64) {
            self.key = key
            self.json = json
            self.ttlMilliseconds = ttlMilliseconds
        }
    }

    private let batcher = StatementBatcher<Request, Void>(maximumBatch: ClaimBatcher.maximumBatch)

    /// A batcher with nothing in flight.
    package init() {}

    /// Stores `request` in a batch; `writeRows` runs one statement for requests with distinct keys.
    package func write(_ request: Request, writeRows: @escaping @Sendable ([Request]) async throws -> Void)
        async throws
    {
        try await batcher.run(request) { batch in
            var lastIndex: [String: Int] = [:]
            for (index, request) in batch.enumerated() { lastIndex[request.key] = index }
            try await writeRows(batch.indices.filter { lastIndex[batch[$0].key] == $0 }.map { batch[$0] })
            return Array(repeating: (), count: batch.count)
        }
    }
}
