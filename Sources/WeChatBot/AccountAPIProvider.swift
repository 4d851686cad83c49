/// Gives a handler the API of the account a message is for (`context.api`).
///
/// `WeChatHummingbird` provides the production one (a plain account's own token, or an authorizer's token
/// through its third-party platform); tests may provide their own over any `WeChatAPITransport`.
public protocol AccountAPIProvider: Sendable {
    /// The API of `account`. An account the host has no credentials for gets an API whose calls throw
    /// `WeChatAPIError.notConfigured(account:)`.
    func api(for account: AccountIdentity) -> AccountAPI
}

extension AccountIdentity {
    /// The API of an account the host gave no API access: every call throws
    /// `WeChatAPIError.notConfigured(account:)`.
    public var unconfiguredAPI: AccountAPI {
        AccountAPI(appID: appID ?? originalID, transport: UnconfiguredTransport(account: description))
    }
}
