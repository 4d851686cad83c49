public import WeChatAPI
public import WeChatBot
public import WeChatMessages

/// The production ``WeChatBot/CustomerServiceSender`` and ``WeChatBot/AuthorizationCodeRedeemer``: sends
/// late replies through WeChat's customer-service API with the account's own token (an Official Account's
/// token, or an authorizer's token fetched through its third-party platform).
public struct WeChatAPICustomerService: CustomerServiceSender, AuthorizationCodeRedeemer {
    private let accounts: [String: AccountCredentials]
    private let platform: PlatformCredentials?

    /// Sends for the Official Accounts in `accounts` (by appid) and the authorizers of `platform`.
    public init(accounts: [AccountCredentials] = [], platform: PlatformCredentials? = nil) {
        self.accounts = Dictionary(
            accounts.map { ($0.configuration.appID, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        self.platform = platform
    }

    /// Sends `message` to `openID` with the token of `account`; throws ``WeChatHummingbirdError`` when no
    /// credentials are configured for it, or WeChat's refusal.
    public func send(_ message: CustomerServiceMessage, to openID: String, account: AccountIdentity) async throws {
        try await api(for: account).send(message, to: openID)
    }

    /// Redeems a release-test authorization code through the platform and answers with this sender, which
    /// then finds the stored authorizer token.
    public func redeem(authorizationCode: String, account: AccountIdentity) async throws -> any CustomerServiceSender {
        guard let platform, let component = account.componentAppID else {
            throw WeChatHummingbirdError.noCredentials(account: account.description)
        }
        try await platform.authorize(componentAppID: component, authorizationCode: authorizationCode)
        return self
    }

    private func api(for account: AccountIdentity) throws -> AccountAPI {
        if let component = account.componentAppID, let authorizer = account.appID, let platform {
            return try platform.authorizerAPI(component: component, authorizer: authorizer)
        }
        guard let appID = account.appID, let credentials = accounts[appID] else {
            throw WeChatHummingbirdError.noCredentials(account: account.description)
        }
        return credentials.api
    }
}
