import Synchronization

/// Runs concurrent calls in batches, one statement per batch, so under load a call costs a fraction of a
/// statement (a round trip to the database, the stores' real cost) and alone it costs one.
///
/// A caller that finds no batch in flight leads: it runs its own request as a statement at once. Callers that
/// arrive meanwhile queue; when the statement returns, the leader hands the queue (up to `maximumBatch`) to the
/// first of them, who runs it as the next statement, and answers its own caller. So a statement is always in
/// flight while calls wait, and no caller leads more than one statement (its own answer is never held up by
/// later arrivals). The de-duplication stores batch their claims (``ClaimBatcher``) and outcome writes
/// (``OutcomeBatcher``) through it.
package final class StatementBatcher<Request: Sendable, Answer: Sendable>: Sendable {
    private struct Waiter {
        var request: Request
        var continuation: CheckedContinuation<Turn, any Error>
    }

    /// What a queued caller is woken for.
    private enum Turn {
        /// Its request was answered in a batch.
        case answered(Answer)
        /// It leads the next statement: its own request and these.
        case lead([Waiter])
    }

    private struct State {
        var pending: [Waiter] = []
        var leading = false
    }

    private let state = Mutex(State())
    private let maximumBatch: Int

    /// A batcher whose statements carry at most `maximumBatch` requests.
    package init(maximumBatch: Int) {
        precondition(maximumBatch > 0, "a batch holds at least one request")
        self.maximumBatch = maximumBatch
    }

    /// The number of calls queued for the next statement.
    package var queuedCount: Int {
        state.withLock { $0.pending.count }
    }

    /// The answer to `request`, run in a batch by `execute`, which gets the batch in arrival order and returns
    /// one answer per request in the same order. When `execute` throws, every request of its batch fails with
    /// the error.
    package func run(_ request: Request, execute: @Sendable ([Request]) async throws -> [Answer]) async throws
        -> Answer
    {
        let leads = state.withLock { state in
            if state.leading { return false }
            state.leading = true
            return true
        }
        let turn: Turn
        if leads {
            turn = .lead([])
        } else {
            turn = try await withCheckedThrowingContinuation { continuation in
                let queued = state.withLock { state in
                    if !state.leading {  // the statement in flight just ended and nobody waits: lead
                        state.leading = true
                        return false
                    }
                    state.pending.append(Waiter(request: request, continuation: continuation))
                    return true
                }
                if !queued { continuation.resume(returning: .lead([])) }
            }
        }
        switch turn {
        case .answered(let answer): return answer
        case .lead(let others): return try await lead(with: request, and: others, execute: execute)
        }
    }

    /// Runs one statement for `own` and `others`, hands the queue to its next leader, then answers.
    private func lead(
        with own: Request, and others: [Waiter], execute: @Sendable ([Request]) async throws -> [Answer]
    ) async throws -> Answer {
        let result: Result<[Answer], any Error>
        do {
            let answers = try await execute([own] + others.map(\.request))
            precondition(answers.count == others.count + 1, "one answer per request")
            result = .success(answers)
        } catch {
            result = .failure(error)
        }
        let next = state.withLock { state in
            let next = Array(state.pending.prefix(maximumBatch))
            state.pending.removeFirst(next.count)
            if next.isEmpty { state.leading = false }
            return next
        }
        if let successor = next.first { successor.continuation.resume(returning: .lead(Array(next.dropFirst()))) }
        switch result {
        case .success(let answers):
            for (waiter, answer) in zip(others, answers.dropFirst()) {
                waiter.continuation.resume(returning: .answered(answer))
            }
            return answers[0]
        case .failure(let error):
            for waiter in others { waiter.continuation.resume(throwing: error) }
            throw error
        }
    }
}
