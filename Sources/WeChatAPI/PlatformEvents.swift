import Synchronization

/// The stream of ``PlatformEvent``s of one ``PlatformCredentials`` or ``AccountCredentials``.
///
/// Every iterator is its own subscription and receives every event sent after it was made (up to
/// ``bufferLimit`` unread ones; older unread events are dropped for a slow consumer). Iteration ends
/// when the credentials' service stops.
public struct PlatformEvents: AsyncSequence, Sendable {
    /// The element type.
    public typealias Element = PlatformEvent

    /// How many unread events one subscriber may lag behind.
    public static let bufferLimit = 1024

    private let hub = Hub()

    init() {}

    /// Subscribes: the iterator receives every event sent from now on.
    public func makeAsyncIterator() -> AsyncStream<PlatformEvent>.Iterator {
        let (stream, continuation) = AsyncStream.makeStream(
            of: PlatformEvent.self, bufferingPolicy: .bufferingNewest(Self.bufferLimit)
        )
        hub.subscribe(continuation)
        return stream.makeAsyncIterator()
    }

    /// Sends `event` to every current subscriber.
    func send(_ event: PlatformEvent) {
        hub.send(event)
    }

    /// Ends every subscription, present and future.
    func finish() {
        hub.finish()
    }

    /// The subscribers, shared by copies of the sequence.
    private final class Hub: Sendable {
        private struct State {
            var subscribers: [Int: AsyncStream<PlatformEvent>.Continuation] = [:]
            var nextID = 0
            var finished = false
        }

        private let state = Mutex(State())

        func subscribe(_ continuation: AsyncStream<PlatformEvent>.Continuation) {
            let id: Int? = state.withLock { state in
                guard !state.finished else { return nil }
                defer { state.nextID += 1 }
                state.subscribers[state.nextID] = continuation
                return state.nextID
            }
            guard let id else { return continuation.finish() }
            continuation.onTermination = { [weak self] _ in
                self?.state.withLock { _ = $0.subscribers.removeValue(forKey: id) }
            }
        }

        func send(_ event: PlatformEvent) {
            for subscriber in state.withLock({ Array($0.subscribers.values) }) { subscriber.yield(event) }
        }

        func finish() {
            let subscribers = state.withLock { state in
                state.finished = true
                defer { state.subscribers = [:] }
                return Array(state.subscribers.values)
            }
            for subscriber in subscribers { subscriber.finish() }
        }
    }
}
