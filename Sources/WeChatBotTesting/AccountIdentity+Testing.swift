public import WeChatBot

extension AccountIdentity {
    /// An ordinary (not release-test) account for tests.
    public static let testAccount = AccountIdentity(appID: "wx00000000000000a1", originalID: "gh_0000000000a1")

    /// The release-test account of `group` (1…5) and `kind`; traps for a group WeChat does not have.
    public static func releaseTest(group: Int, _ kind: ReleaseTestAccount.Kind) -> AccountIdentity {
        guard let account = ReleaseTestAccount.group(group, kind) else {
            preconditionFailure("release-test groups are 1…5, not \(group)")
        }
        return account.identity
    }
}
