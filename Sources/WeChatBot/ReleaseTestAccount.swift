/// One of the ten accounts WeChat uses for the third-party platform release test (全网发布, <doc:ReleaseTest>).
///
/// WeChat picks one of five groups at random, each with an Official Account and a mini program; a platform
/// must recognise all ten, by the `ToUserName` of the message or by the authorizer appid.
public struct ReleaseTestAccount: Sendable, Hashable {
    /// Whether the test account is an Official Account or a mini program.
    public enum Kind: Sendable, Hashable, CaseIterable {
        /// A test Official Account (message-management permission set).
        case officialAccount
        /// A test mini program (customer-service message permission set).
        case miniProgram
    }

    /// The group number, 1 to 5.
    public let group: Int
    /// Official Account or mini program.
    public let kind: Kind
    /// The account's identity as it appears in messages.
    public let identity: AccountIdentity

    /// All ten release-test accounts, as published by WeChat (the Chinese page's group 2 username).
    public static let all: [ReleaseTestAccount] = [
        .init(1, .officialAccount, "wx570bc396a51b8ff8", "gh_3c884a361561"),
        .init(1, .miniProgram, "wxd101a85aa106f53e", "gh_8dad206e9538"),
        .init(2, .officialAccount, "wx9252c5e0bb1836fc", "gh_c0f28a78b318"),
        .init(2, .miniProgram, "wxc39235c15087f6f3", "gh_905ae9d01059"),
        .init(3, .officialAccount, "wx8e1097c5bc82cde9", "gh_3f222ed8d140"),
        .init(3, .miniProgram, "wx7720d01d4b2a4500", "gh_393666f1fdf4"),
        .init(4, .officialAccount, "wx14550af28c71a144", "gh_26128078e9ab"),
        .init(4, .miniProgram, "wx05d483572dcd5d8b", "gh_39abb5d4e1b7"),
        .init(5, .officialAccount, "wxa35b9c23cfe664eb", "gh_2b3713f184a6"),
        .init(5, .miniProgram, "wx5910277cae6fd970", "gh_7818dcb60240"),
    ]

    /// The test account of `group` (1…5) and `kind`, or `nil` for a group WeChat does not have.
    public static func group(_ group: Int, _ kind: Kind) -> ReleaseTestAccount? {
        all.first { $0.group == group && $0.kind == kind }
    }

    /// The release-test account `account` is, matched by original id or by appid; `nil` for every real account.
    public static func matching(_ account: AccountIdentity) -> ReleaseTestAccount? {
        byID[account.originalID] ?? account.appID.flatMap { byID[$0] }
    }

    /// Every account by original id and by appid: one hash lookup per message on the hot path.
    private static let byID: [String: ReleaseTestAccount] = Dictionary(
        uniqueKeysWithValues: all.flatMap { account in
            [(account.identity.originalID, account), (account.identity.appID ?? account.identity.originalID, account)]
        }
    )

    private init(_ group: Int, _ kind: Kind, _ appID: String, _ originalID: String) {
        self.group = group
        self.kind = kind
        self.identity = AccountIdentity(appID: appID, originalID: originalID)
    }
}
