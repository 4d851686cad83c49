import Logging
public import WeChatMessages

extension Bot {
    /// Claims the one late delivery (through customer service) of the reply to `message`: `true` for the
    /// first caller, `false` for a copy whose reply another copy delivers.
    ///
    /// A retry of WeChat that waited for the first copy replays that copy's reply; when both copies missed
    /// the reply deadline, only one of them may send it late. Instances sharing the de-duplication store
    /// agree. Without de-duplication, or when the store fails, every caller delivers: a duplicate beats a
    /// lost reply.
    public func claimLateDelivery(of message: InboundMessage, for account: AccountIdentity) async -> Bool {
        guard let deduplicator else { return true }
        let key = "late-reply|" + message.deduplicationKey(scope: account.storageScope)
        do {
            return try await deduplicator.store.claim(key, ttl: deduplicator.ttl) == .claimed
        } catch {
            configuration.logger.warning(
                "de-duplication store failed; delivering the late reply without it",
                metadata: ["key": "\(key)", "error": "\(error)"])
            return true
        }
    }
}
