import Foundation

extension FakeWeChatAPI {
    /// The kinds of token the fake issues.
    public enum TokenKind: String, Sendable, Hashable {
        /// `component_access_token`.
        case component
        /// `authorizer_access_token`.
        case authorizer
        /// A plain account's `access_token`.
        case account
        /// A user's web OAuth `access_token`.
        case oauth
    }

    /// Makes `ticket` (or a new random one) the platform's latest verify ticket, as if WeChat pushed it;
    /// returns it. Only the latest ticket obtains a component token.
    @discardableResult
    public func pushVerifyTicket(_ ticket: String? = nil) -> String {
        let ticket = ticket ?? "ticket@@@" + UUID().uuidString
        state.withLock { $0.latestTicket = ticket }
        return ticket
    }

    /// A new authorization code for `authorizerAppID`, as WeChat puts in an `authorized` push.
    public func mintAuthorizationCode(authorizerAppID: String) -> String {
        let code = "queryauthcode@@@" + UUID().uuidString
        state.withLock { $0.authorizationCodes[code] = authorizerAppID }
        return code
    }

    /// Registers `authorizerAppID` as already authorized (it shows in the authorizer list); returns its
    /// refresh token.
    @discardableResult
    public func addAuthorizer(_ authorizerAppID: String) -> String {
        state.withLock { $0.authorize(authorizerAppID) }
    }

    /// A new web OAuth code of a user of `authorizerAppID` (an authorizer, or a plain account's appid).
    public func mintOAuthCode(authorizerAppID: String, openID: String, scope: String = "snsapi_base") -> String {
        let code = "oauthcode" + UUID().uuidString
        state.withLock { $0.oauthCodes[code] = .init(appID: authorizerAppID, openID: openID, scope: scope) }
        return code
    }

    /// Expires every issued token of `kind` (all kinds when `nil`) now, long before its time.
    public func expireTokens(_ kind: TokenKind? = nil) {
        state.withLock { state in
            for (token, issued) in state.tokens where kind == nil || issued.kind == kind {
                state.tokens[token]?.expiresAt = .now
            }
        }
    }

    /// Whether `token` was issued and has not expired.
    public func isValid(token: String) -> Bool {
        state.withLock { $0.tokens[token].map { $0.expiresAt > .now } ?? false }
    }

    /// Makes the next `times` calls of `path` (every path for `"*"`) fail with `fault`.
    public func inject(_ fault: FakeFault, path: String, times: Int = 1) {
        state.withLock { $0.faults.append(.init(fault: fault, path: path, remaining: times)) }
    }

    /// Every call received so far, or those of `path`, oldest first.
    public func calls(path: String? = nil) -> [RecordedCall] {
        state.withLock { state in state.calls.filter { path == nil || $0.path == path } }
    }

    /// Forgets the calls received so far.
    public func clearCalls() {
        state.withLock { $0.calls.removeAll() }
    }
}
