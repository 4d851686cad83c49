public import Logging
import Synchronization

/// Work a bot does after it has answered WeChat, such as the release test's customer-service reply.
///
/// A bot never starts unstructured tasks. It queues jobs here, and the host runs them:
/// - a server calls ``run()`` from a long-running service (the HTTP module wraps it in a `Service`), which runs
///   jobs concurrently as they arrive; ``finish()`` (graceful shutdown) lets it complete the queued jobs and
///   return, while cancelling the task that runs it cancels the jobs too;
/// - tests and one-shot tools call ``drain()``, which runs every queued job, and every job those jobs queue,
///   to completion before it returns.
///
/// Late work is therefore awaited either by the service's graceful shutdown or by an explicit ``drain()``.
public final class BackgroundWork: Sendable {
    /// One queued job and the name it is logged under.
    private struct Job: Sendable {
        let name: String
        let work: @Sendable () async -> Void
    }

    private struct State {
        var queue: [Job] = []
        var isFinished = false
    }

    private let state = Mutex(State())
    private let wakeUps: AsyncStream<Void>
    private let wakeUp: AsyncStream<Void>.Continuation
    private let logger: Logger

    /// Creates an empty queue that logs each job it starts (by name only) to `logger`.
    public init(logger: Logger) {
        (wakeUps, wakeUp) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.logger = logger
    }

    /// The number of jobs queued and not yet started.
    public var pendingCount: Int {
        state.withLock { $0.queue.count }
    }

    /// Queues `work` under a short, loggable `name`. Jobs queued after ``finish()`` are dropped with a warning.
    public func enqueue(_ name: String, _ work: @escaping @Sendable () async -> Void) {
        let accepted = state.withLock { state in
            guard !state.isFinished else { return false }
            state.queue.append(Job(name: name, work: work))
            return true
        }
        if accepted {
            wakeUp.yield()
        } else {
            logger.warning("background work dropped after shutdown", metadata: ["job": "\(name)"])
        }
    }

    /// Runs queued jobs concurrently until ``finish()`` is called and the queue is empty, or the task is
    /// cancelled. Call it from exactly one place (one service).
    public func run() async {
        await withDiscardingTaskGroup { group in
            for await _ in wakeUps {
                while let job = takeNext() {
                    group.addTask { await self.perform(job) }
                }
                if state.withLock({ $0.isFinished && $0.queue.isEmpty }) { break }
            }
        }
    }

    /// Runs every queued job one after another in the calling task, including jobs queued meanwhile, and
    /// returns when none is left.
    public func drain() async {
        while let job = takeNext() {
            await perform(job)
        }
    }

    /// Stops accepting jobs; ``run()`` returns once the queued ones are done.
    public func finish() {
        state.withLock { $0.isFinished = true }
        wakeUp.yield()
    }

    private func takeNext() -> Job? {
        state.withLock { state in state.queue.isEmpty ? nil : state.queue.removeFirst() }
    }

    private func perform(_ job: Job) async {
        logger.debug("background work started", metadata: ["job": "\(job.name)"])
        await job.work()
    }
}
