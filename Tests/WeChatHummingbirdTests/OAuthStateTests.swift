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
                    text, secret: "s", componentAppID: "wxc", authorizerAppID: "wxa", appState: "x", now: 1_800_000_000)
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
}
