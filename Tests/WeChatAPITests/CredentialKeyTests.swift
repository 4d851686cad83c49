import Testing
import WeChatAPI

@Suite("Credential keys")
struct CredentialKeyTests {
    static let everyKind: [(CredentialKey, String)] = [
        (.componentVerifyTicket(componentAppID: "wxc"), "component_verify_ticket:wxc"),
        (.componentAccessToken(componentAppID: "wx123"), "component_access_token:wx123"),
        (.authorizerAccessToken(componentAppID: "wxc", authorizerAppID: "wxa"), "authorizer_access_token:wxc:wxa"),
        (.authorizerRefreshToken(componentAppID: "wxc", authorizerAppID: "wxa"), "authorizer_refresh_token:wxc:wxa"),
        (.authorizerJSAPITicket(componentAppID: "wxc", authorizerAppID: "wxa"), "authorizer_jsapi_ticket:wxc:wxa"),
        (.accessToken(appID: "wxo"), "access_token:wxo"),
        (.jsapiTicket(appID: "wxo"), "jsapi_ticket:wxo"),
    ]

    @Test("storage keys have the documented form and parse back", arguments: everyKind)
    func storageKeyRoundTrip(key: CredentialKey, expected: String) {
        #expect(key.storageKey == expected)
        #expect(CredentialKey(storageKey: expected) == key)
    }

    @Test(
        "malformed storage keys are refused",
        arguments: [
            "", ":", "access_token", "access_token:", "access_token:wx:extra", "component_access_token::",
            "authorizer_access_token:wxc", "authorizer_access_token:wxc:", "unknown:wx", "ACCESS_TOKEN:wx",
        ])
    func malformedKeys(text: String) {
        #expect(CredentialKey(storageKey: text) == nil)
    }

    @Test("refresh-token prefix matches only that component's refresh tokens")
    func refreshTokenPrefix() {
        let prefix = CredentialKey.authorizerRefreshTokenPrefix(componentAppID: "wxc")
        #expect(prefix == "authorizer_refresh_token:wxc:")
        #expect(
            CredentialKey.authorizerRefreshToken(componentAppID: "wxc", authorizerAppID: "wxa").storageKey.hasPrefix(
                prefix))
        #expect(
            !CredentialKey.authorizerRefreshToken(componentAppID: "wxcd", authorizerAppID: "wxa").storageKey.hasPrefix(
                prefix))
        #expect(
            !CredentialKey.authorizerAccessToken(componentAppID: "wxc", authorizerAppID: "wxa").storageKey.hasPrefix(
                prefix))
    }

    @Test("freshness honours the margin and the missing expiry")
    func freshness() {
        let credential = StoredCredential(value: "v", expiresAt: 1000, updatedAt: 0)
        #expect(credential.isFresh(at: 999))
        #expect(!credential.isFresh(at: 1000))
        #expect(!credential.isFresh(at: 800, margin: 300))
        #expect(credential.isFresh(at: 699, margin: 300))
        #expect(StoredCredential(value: "v", expiresAt: nil, updatedAt: 0).isFresh(at: .max, margin: 300))
        #expect(!credential.isFresh(at: .max, margin: 300))
        #expect(credential.isFresh(at: .min))
    }
}
