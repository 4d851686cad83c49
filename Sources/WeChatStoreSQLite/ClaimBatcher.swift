import Synchronization

/// Groups concurrent de-duplication claims into one statement: the first claimant leads and runs every claim
/// that arrives while a batch is in flight as the next batch, so under load a message costs a fraction of a
/// statement (each statement is a hop to SQLite's thread, the store's real cost), and alone it costs one.
final class ClaimBatcher: Sendable {
    /// One claim: the key and when its row expires.
    struct Request: Sendable {
        var key: String
        var expiresAt: Int64
    }

    private struct Waiter {
        var request: Request
        var continuation: CheckedContinuation<Bool?, any Error>
    }

    private struct State {
        var pending: [Waiter] = []
        var leading = false
    }

    /// The most claims one statement carries (two bound values each, far under SQLite's variable limit).
    static let maximumBatch = 256

    private let state = Mutex(State())

    /// Whether `request` claimed its key (a new or expired row), run in a batch by `execute`, which returns
    /// the keys a batch claimed. Of several requests for one key in a batch, only the first can claim it.
    func claim(
        _ request: Request, execute: @Sendable ([Request]) async throws -> Set<String>
    ) async throws -> Bool {
        while true {
            let leads = state.withLock { state in
                if state.leading { return false }
                state.leading = true
                return true
            }
            if leads { return try await lead(with: request, execute: execute) }
            let answer: Bool? = try await withCheckedThrowingContinuation { continuation in
                let queued = state.withLock { state in
                    guard state.leading else { return false }
                    state.pending.append(Waiter(request: request, continuation: continuation))
                    return true
                }
                if !queued { continuation.resume(returning: nil) }  // the leader just finished: lead instead
            }
            if let answer { return answer }
        }
    }

    /// Runs batches until nobody waits: the leader's own claim first, then whatever queued meanwhile.
    private func lead(with own: Request, execute: @Sendable ([Request]) async throws -> Set<String>) async throws
        -> Bool
    {
        var ownResult: Result<Bool, any Error>?
        var waiters: [Waiter] = []
        while true {
            let requests = (ownResult == nil ? [own] : []) + waiters.map(\.request)
            do {
                let claimed = try await execute(requests)
                var seen: Set<String> = []
                let results = requests.map { request in seen.insert(request.key).inserted && claimed.contains(request.key) }
                if ownResult == nil { ownResult = .success(results[0]) }
                for (waiter, result) in zip(waiters, results.suffix(waiters.count)) {
                    waiter.continuation.resume(returning: result)
                }
            } catch {
                if ownResult == nil { ownResult = .failure(error) }
                for waiter in waiters { waiter.continuation.resume(throwing: error) }
            }
            waiters = state.withLock { state in
                let next = Array(state.pending.prefix(Self.maximumBatch))
                state.pending.removeFirst(next.count)
                if next.isEmpty { state.leading = false }
                return next
            }
            if waiters.isEmpty { break }
        }
        return try ownResult!.get()
    }
}
