/// Exchanges a third-party platform authorization code for an authorizer token (`api_query_auth`,
/// see the WeChatAPI article “The third-party platform lifecycle”), and hands back a sender that uses that token.
///
/// The release-test responder needs it for the `QUERY_AUTH_CODE:` step (<doc:ReleaseTest>): the reply must go
/// out with the authorizer's token, not the component's.
public protocol AuthorizationCodeRedeemer: Sendable {
    /// Redeems `authorizationCode` for `account` and returns a customer-service sender bound to its token.
    func redeem(authorizationCode: String, account: AccountIdentity) async throws -> any CustomerServiceSender
}
