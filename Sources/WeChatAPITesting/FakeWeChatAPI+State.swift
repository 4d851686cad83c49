import Foundation
import Synchronization

extension FakeWeChatAPI {
    /// The fake's state behind a mutex, shared by the server's handlers and the test's controls.
    final class LockedState: Sendable {
        private let mutex = Mutex(State())

        /// Runs `body` with exclusive access to the state.
        func withLock<Result>(_ body: (inout State) -> Result) -> Result {
            mutex.withLock { body(&$0) }
        }
    }

    /// Everything the fake remembers; guarded by ``LockedState``.
    struct State {
        struct IssuedToken {
            var kind: TokenKind
            var appID: String
            var expiresAt: ContinuousClock.Instant
        }

        struct OAuthGrant {
            var appID: String
            var openID: String
            var scope: String
        }

        struct FaultRule {
            var fault: FakeFault
            var path: String
            var remaining: Int
        }

        var tokens: [String: IssuedToken] = [:]
        var latestTicket: String?
        var authorizationCodes: [String: String] = [:]
        var refreshTokens: [String: String] = [:]
        var authorizerOrder: [String] = []
        var options: [String: String] = [:]
        var openAccountOf: [String: String] = [:]
        var createdOpenAccounts: Set<String> = []
        var oauthCodes: [String: OAuthGrant] = [:]
        var stableTokens: [String: String] = [:]
        struct StoredMedia {
            var type: String
            var fileName: String
            var contentType: String
            var bytes: [UInt8]
            var createdAt: Int64
            var title: String?
            var introduction: String?
        }

        var defaultMenu: JSONValue?
        var conditionalMenus: [(id: Int64, menu: JSONValue)] = []
        var nextMenuID: Int64 = 208_396_938
        var temporaryMedia: [String: StoredMedia] = [:]
        var permanentMaterial: [String: StoredMedia] = [:]
        var addedTemplates: [String: String] = [:]
        var deletedTemplates: Set<String> = []
        var tags: [Int64: (name: String, members: Set<String>)] = [:]
        var nextTagID: Int64 = 100
        var blacklist: [String] = []
        var remarks: [String: String] = [:]
        var faults: [FaultRule] = []
        var calls: [RecordedCall] = []

        /// Issues a new token of `kind` for `appID`.
        mutating func issue(_ kind: TokenKind, for appID: String, lifetime: Duration) -> String {
            let token = "\(kind.rawValue.uppercased())_\(UUID().uuidString)"
            tokens[token] = IssuedToken(kind: kind, appID: appID, expiresAt: .now + lifetime)
            return token
        }

        /// Marks `appID` as authorized; returns its (stable) refresh token.
        mutating func authorize(_ appID: String) -> String {
            if let refreshToken = refreshTokens[appID] { return refreshToken }
            let refreshToken = "refreshtoken@@@" + UUID().uuidString
            refreshTokens[appID] = refreshToken
            authorizerOrder.append(appID)
            return refreshToken
        }

        /// The error for a missing, unknown, wrong-kind or expired token; `nil` when it is valid.
        func check(_ token: String?, kinds: Set<TokenKind>, expiredErrcode: Int64) -> JSONValue? {
            guard let token, let issued = tokens[token], kinds.contains(issued.kind) else {
                return Self.error(40001, "invalid credential, access_token is invalid or not latest")
            }
            guard issued.expiresAt > .now else {
                return Self.error(
                    expiredErrcode, expiredErrcode == 42001 ? "access_token expired" : "invalid credential")
            }
            return nil
        }

        /// Takes one use of the first fault rule matching `path`.
        mutating func takeFault(for path: String) -> FakeFault? {
            guard let index = faults.firstIndex(where: { $0.remaining > 0 && ($0.path == "*" || $0.path == path) })
            else {
                return nil
            }
            faults[index].remaining -= 1
            return faults[index].fault
        }

        /// `{"errcode": code, "errmsg": message}`.
        static func error(_ code: Int64, _ message: String) -> JSONValue {
            ["errcode": .int(code), "errmsg": .string(message)]
        }

        /// `{"errcode": 0, "errmsg": "ok"}`.
        static let ok: JSONValue = ["errcode": 0, "errmsg": "ok"]
    }
}
