import WeChatHummingbird

extension PlatformBotServer {
    /// After an authorizer's web OAuth: back to the page that started it when its `state` is a path on this
    /// site (`/shop/cart`; never another host, so no open redirect), otherwise a page greeting the user.
    @Sendable
    static func landing(_ login: PlatformOAuthLogin) async throws -> PlatformOAuthOutcome {
        let path = login.appState
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"), !path.contains(where: \.isWhitespace)
        else {
            return try await PlatformPages.greet(login)
        }
        return .redirect(to: path)
    }
}
