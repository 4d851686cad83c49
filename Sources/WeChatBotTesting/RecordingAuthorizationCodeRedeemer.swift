import Synchronization
public import WeChatBot

/// A fake ``WeChatBot/AuthorizationCodeRedeemer`` that records the codes it redeemed and hands out
/// ``sender``, standing for a sender bound to the authorizer's token.
///
/// It can fail its first attempts to exercise retries.
public final class RecordingAuthorizationCodeRedeemer: AuthorizationCodeRedeemer {
    /// The sender every successful redemption returns: check its deliveries for the release test's reply.
    public let sender: RecordingCustomerServiceSender

    private let budget: FailureBudget
    private let redeemed = Mutex<[String]>([])

    /// Creates a redeemer whose first `failures` attempts throw, returning `sender` afterwards.
    public init(
        failingFirst failures: Int = 0, sender: RecordingCustomerServiceSender = RecordingCustomerServiceSender()
    ) {
        self.sender = sender
        budget = FailureBudget(operation: "authorization code redemption", failures: failures)
    }

    /// The codes redeemed successfully, in order.
    public var redeemedCodes: [String] {
        redeemed.withLock { $0 }
    }

    /// Every attempt to redeem, including the failed ones.
    public var attempts: Int {
        budget.attempts
    }

    /// Records `authorizationCode` and returns ``sender``, or throws an injected failure.
    public func redeem(authorizationCode: String, account: AccountIdentity) async throws -> any CustomerServiceSender {
        try budget.attempt()
        redeemed.withLock { $0.append(authorizationCode) }
        return sender
    }
}
