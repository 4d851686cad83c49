import Synchronization
public import WeChatBot
public import WeChatMessages

/// A fake ``WeChatBot/CustomerServiceSender`` that records what a bot sent instead of calling WeChat.
///
/// It can fail its first attempts to exercise retries.
public final class RecordingCustomerServiceSender: CustomerServiceSender {
    /// One message that was sent.
    public struct Delivery: Sendable, Hashable {
        /// What was sent.
        public let message: CustomerServiceMessage
        /// To whom.
        public let openID: String
        /// On behalf of which account.
        public let account: AccountIdentity
    }

    private let budget: FailureBudget
    private let recorded = Mutex<[Delivery]>([])

    /// Creates a sender whose first `failures` attempts throw.
    public init(failingFirst failures: Int = 0) {
        budget = FailureBudget(operation: "customer-service send", failures: failures)
    }

    /// The messages delivered, in order (failed attempts are not included).
    public var deliveries: [Delivery] {
        recorded.withLock { $0 }
    }

    /// Every attempt to send, including the failed ones.
    public var attempts: Int {
        budget.attempts
    }

    /// Records `message`, or throws an injected failure.
    public func send(_ message: CustomerServiceMessage, to openID: String, account: AccountIdentity) async throws {
        try budget.attempt()
        recorded.withLock { $0.append(Delivery(message: message, openID: openID, account: account)) }
    }
}
