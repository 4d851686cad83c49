import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The web OAuth `state` parameter: `<expiry>.<nonce>.<mac>`, an HMAC-SHA256 under the
/// platform's AppSecret over the component, the authorizer, the expiry, the nonce and the caller's own state.
///
/// The nonce is also set as a cookie in the browser that started the login, so a callback URL handed to
/// someone else (login CSRF) fails; the MAC stops forged or altered states, the expiry (bounded by the
/// configured lifetime) and ``UsedOAuthStates`` replays. It stays
/// under WeChat's 128-byte limit whatever the caller's state is, which travels in the callback URL instead.
struct OAuthState: Sendable, Equatable {
    /// Unix seconds after which the state is refused.
    var expiresAt: Int64
    /// 16 random characters, also kept in the starting browser's cookie.
    var nonce: String

    /// A fresh state valid for `lifetime` from `now`.
    init(now: Int64, lifetime: Duration) {
        expiresAt = now + lifetime.components.seconds
        nonce = String((0..<16).map { _ in Self.alphabet.randomElement() ?? "a" })
    }

    /// Parses the signed part `<expiry>.<nonce>` (the state without its MAC); `nil` when malformed.
    init?(parsing text: Substring) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let expiresAt = Int64(parts[0]), parts[1].count == 16,
            parts[1].allSatisfy({ Self.alphabet.contains($0) })
        else { return nil }
        self.expiresAt = expiresAt
        nonce = String(parts[1])
    }

    /// The signed `state` value for the login of `authorizerAppID` through `componentAppID`.
    func signed(secret: String, componentAppID: String, authorizerAppID: String, appState: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(
            for: Self.message(expiresAt, nonce, componentAppID, authorizerAppID, appState),
            using: SymmetricKey(data: Array(secret.utf8))
        )
        return "\(expiresAt).\(nonce)." + Self.base64URL(Array(code))
    }

    /// Checks `signedState` (constant-time MAC comparison) and its expiry, which must lie between `now` and
    /// `now + maximumLifetime` (a state signed for longer, e.g. before the lifetime was shortened, is refused);
    /// returns the state or `nil`.
    ///
    /// Only the canonical spelling of the MAC is accepted: base64's last character carries unused bits, and a
    /// decoder that ignores them would take several spellings of one state.
    static func verify(
        _ signedState: String, secret: String, componentAppID: String, authorizerAppID: String, appState: String,
        now: Int64, maximumLifetime: Duration
    ) -> OAuthState? {
        guard let lastDot = signedState.lastIndex(of: "."),
            let state = OAuthState(parsing: signedState[..<lastDot]), state.expiresAt >= now,
            state.expiresAt - now <= maximumLifetime.components.seconds
        else { return nil }
        let macText = signedState[signedState.index(after: lastDot)...]
        guard let mac = Data(base64Encoded: base64(fromURLSafe: macText)), base64URL(Array(mac)) == macText
        else { return nil }
        let valid = HMAC<SHA256>.isValidAuthenticationCode(
            mac,
            authenticating: message(state.expiresAt, state.nonce, componentAppID, authorizerAppID, appState),
            using: SymmetricKey(data: Array(secret.utf8))
        )
        return valid ? state : nil
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// The signed bytes: each field length-prefixed, so no two field lists share a message.
    private static func message(_ expiresAt: Int64, _ nonce: String, _ fields: String...) -> [UInt8] {
        ([String(expiresAt), nonce] + fields).flatMap { field in Array("\(field.utf8.count):".utf8) + Array(field.utf8)
        }
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacing("+", with: "-")
            .replacing("/", with: "_")
            .replacing("=", with: "")
    }

    private static func base64(fromURLSafe text: Substring) -> String {
        var standard = String(text.replacing("-", with: "+").replacing("_", with: "/"))
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        return standard
    }
}
