import Testing

@testable import WeChatHummingbird

@Suite("Signed OAuth state")
struct OAuthStateTests {
    private static let base64URL = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    @Test("only the canonical spelling verifies: a last character differing in base64's unused bits is refused")
    func canonicalMACOnly() throws {
        for round in 0..<50 {
            let state = OAuthState(now: 1_800_000_000 + Int64(round), lifetime: .seconds(600))
            let signed = state.signed(secret: "s", componentAppID: "wxc", authorizerAppID: "wxa", appState: "x")
            func verify(_ text: String) -> OAuthState? {
                OAuthState.verify(
                    text, secret: "s", componentAppID: "wxc", authorizerAppID: "wxa", appState: "x", now: 1_800_000_000,
                    maximumLifetime: .seconds(3600))
            }
            #expect(verify(signed) == state)
            // 32 MAC bytes are 43 characters; the last one carries 4 bits and 2 unused ones.
            let lastCharacter = try #require(signed.last)
            let last = try #require(Self.base64URL.firstIndex(of: lastCharacter))
            for unused in 1...3 {
                let variant = String(signed.dropLast()) + String(Self.base64URL[last ^ unused])
                #expect(verify(variant) == nil, "\(variant)")
            }
        }
    }

    @Test("a validly signed state expiring beyond the maximum lifetime is refused (no unbounded expiry)")
    func expiryIsBounded() {
        let now: Int64 = 1_800_000_000
        let forever = OAuthState(now: now, lifetime: .seconds(10 * 365 * 86_400))
        let signed = forever.signed(secret: "s", componentAppID: "wxc", authorizerAppID: "wxa", appState: "")
        func verify(maximumLifetime: Duration) -> OAuthState? {
            OAuthState.verify(
                signed, secret: "s", componentAppID: "wxc", authorizerAppID: "wxa", appState: "", now: now,
                maximumLifetime: maximumLifetime)
        }
        #expect(verify(maximumLifetime: .seconds(20 * 365 * 86_400)) == forever)
        #expect(verify(maximumLifetime: .seconds(600)) == nil)
    }

    @Test("a state is claimed once; a replay of the same state is refused")
    func singleUse() {
        let used = UsedOAuthStates(capacity: 2)
        let state = OAuthState(now: 100, lifetime: .seconds(600))
        #expect(used.claim(state, now: 100))
        #expect(!used.claim(state, now: 101))
        #expect(used.claim(OAuthState(now: 100, lifetime: .seconds(600)), now: 101))
        #expect(!used.claim(OAuthState(now: 100, lifetime: .seconds(600)), now: 102), "full of live entries")
        #expect(used.claim(OAuthState(now: 800, lifetime: .seconds(600)), now: 800), "expired entries make room")
    }
}
