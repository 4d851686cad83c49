import Logging
import WeChatMessages

/// The built-in release-test responder (全网发布, see <doc:ReleaseTest>): answers the ten test accounts exactly as
/// WeChat's automated check expects, before any other middleware or rule sees the message.
struct ReleaseTestResponder: Sendable {
    static let textProbe = "TESTCOMPONENT_MSG_TYPE_TEXT"
    static let textAnswer = "TESTCOMPONENT_MSG_TYPE_TEXT_callback"
    static let authorizationCodePrefix = "QUERY_AUTH_CODE:"

    let retry: RetryPolicy
    let time: ElapsedTime
    /// Remembers which `QUERY_AUTH_CODE` messages were already scheduled, so WeChat's retries send once.
    let claims: Deduplicator?

    /// The test's answer for messages to a release-test account; everything else goes to `next`.
    func respond(
        to message: InboundMessage,
        context: BotContext,
        next: () async throws -> Reply?
    ) async throws -> BotResponse {
        guard let testAccount = Self.testAccount(for: message, context: context) else {
            return BotResponse(try await next())
        }
        switch message {
        case .text(let text) where text.content == Self.textProbe:
            return .reply(.text(Self.textAnswer))
        case .text(let text) where text.content.utf8.starts(with: Self.authorizationCodePrefix.utf8):
            let code = String(Substring(text.content.utf8.dropFirst(Self.authorizationCodePrefix.utf8.count)))
            let account = AccountIdentity(
                appID: context.account.appID ?? testAccount.identity.appID,
                originalID: context.account.originalID,
                componentAppID: context.account.componentAppID
            )
            try await scheduleReply(
                code: code, to: text.header.fromUserName, account: account, message: message, context: context)
            return .emptyBody
        case .event(let event):
            return .reply(.text(event.name + "from_callback"))
        default:
            return BotResponse(try await next())
        }
    }

    private static func testAccount(for message: InboundMessage, context: BotContext) -> ReleaseTestAccount? {
        ReleaseTestAccount.matching(context.account)
            ?? ReleaseTestAccount.matching(AccountIdentity(originalID: message.header.toUserName))
    }

    /// Queues the customer-service reply `<code>_from_api`, once per message even when WeChat retries it.
    private func scheduleReply(
        code: String,
        to openID: String,
        account: AccountIdentity,
        message: InboundMessage,
        context: BotContext
    ) async throws {
        let logger = context.logger
        guard !code.isEmpty else {
            logger.warning("release test: QUERY_AUTH_CODE without a code; nothing to redeem")
            return
        }
        guard let redeemer = context.authorizationCodeRedeemer else {
            logger.error("release test: no AuthorizationCodeRedeemer configured; the API reply cannot be sent")
            return
        }
        if let claims {
            let key = "release-test|" + message.deduplicationKey(scope: account.storageScope)
            var isFirst = false
            _ = try await claims.run(key: key, logger: logger) {
                isFirst = true
                return nil
            }
            guard isFirst else { return }
        }
        let (retry, time) = (retry, time)
        context.backgroundWork.enqueue("release-test reply for \(account)") {
            do {
                let sender = try await retry.run(clock: time, onFailure: Self.logFailure("redeem", logger)) {
                    try await redeemer.redeem(authorizationCode: code, account: account)
                }
                try await retry.run(clock: time, onFailure: Self.logFailure("send", logger)) {
                    try await sender.send(.text(code + "_from_api"), to: openID, account: account)
                }
                logger.info("release test: API reply sent", metadata: ["account": "\(account)"])
            } catch {
                logger.error(
                    "release test: giving up on the API reply",
                    metadata: ["account": "\(account)", "error": "\(error)"])
            }
        }
    }

    private static func logFailure(_ step: String, _ logger: Logger) -> (Int, any Error) -> Void {
        { attempt, error in
            logger.warning(
                "release test: \(step) failed",
                metadata: ["attempt": "\(attempt)", "error": "\(error)"]
            )
        }
    }
}
