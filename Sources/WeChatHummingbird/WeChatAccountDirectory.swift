public import WeChatAPI
public import WeChatBot
public import WeChatMessages

/// The production `AccountAPIProvider`, `CustomerServiceSender` and
/// `AuthorizationCodeRedeemer`: gives handlers the API of the account a message is for (an
/// Official Account's own token, or an authorizer's token fetched through its third-party platform) and sends
/// late replies through that API's customer-service messages.
public struct WeChatAccountDirectory: AccountAPIProvider, CustomerServiceSender, AuthorizationCodeRedeemer {
    private let accounts: [String: AccountCredentials]
    private let platform: PlatformCredentials?

    /// Serves the Official Accounts in `accounts` (by appid) and the authorizers of `platform`.
    public init(accounts: [AccountCredentials] = [], platform: PlatformCredentials? = nil) {
        self.accounts = Dictionary(
            accounts.map { ($0.configuration.appID, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        self.platform = platform
    }

    /// The API of `account`: an authorizer's through the platform, a plain account's with its own secret;
    /// for an account without credentials, an API whose calls throw `WeChatAPIError.notConfigured(account:)`.
    public func api(for account: AccountIdentity) -> AccountAPI {
        if let component = account.componentAppID, let authorizer = account.appID, let platform,
            let api = try? platform.authorizerAPI(component: component, authorizer: authorizer)
        {
            return api
        }
        if let appID = account.appID, let credentials = accounts[appID] { return credentials.api }
        return account.unconfiguredAPI
    }

    /// Sends `message` to `openID` with the token of `account`; throws when no credentials are configured
    /// for it, or WeChat's refusal.
    public func send(_ message: CustomerServiceMessage, to openID: String, account: AccountIdentity) async throws {
        try await api(for: account).customerService.send(message, to: openID)
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
}
