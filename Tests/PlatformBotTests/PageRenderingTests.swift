import Foundation
import Testing

@testable import WeChatHummingbird

@Suite("Page rendering and the OAuth state")
struct PageRenderingTests {
    @Test("every value is escaped: no markup, quotes or entities get through")
    func escaping() {
        let hostile = "<script>alert('x')</script>\"&amp;"
        let html = HTMLPage(
            title: hostile, paragraphs: [hostile], facts: ["k": hostile],
            button: .init(title: hostile, href: "https://a.example/?a=1&b=\"><img src=x onerror=alert(1)>")
        ).html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;amp;"))
        #expect(html.contains("href=\"https://a.example/?a=1&amp;b=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(!html.contains("http://") && !html.contains("src=\"http"), "no external assets")
    }

    @Test("empty and huge values render")
    func sizes() {
        #expect(HTMLPage(title: "", paragraphs: []).html.contains("<h1></h1>"))
        let huge = String(repeating: "界<", count: 100_000)
        #expect(HTMLPage(title: "t", paragraphs: [huge]).html.contains(String(repeating: "界&lt;", count: 100_000)))
    }

    @Test(
        "a signed state verifies once, under 128 bytes, and fails for any other component, authorizer, app state, secret or time"
    )
    func state() throws {
        let state = OAuthState(now: 1_000, lifetime: .seconds(600))
        let signed = state.signed(secret: "s", componentAppID: "c", authorizerAppID: "a", appState: "x")
        #expect(signed.utf8.count < 128)
        #expect(
            OAuthState.verify(
                signed, secret: "s", componentAppID: "c", authorizerAppID: "a", appState: "x", now: 1_600,
                maximumLifetime: .seconds(600)) == state)
        let refused: [(secret: String, component: String, authorizer: String, appState: String, now: Int64)] = [
            ("s", "c", "a", "x", 1_601), ("t", "c", "a", "x", 1_000), ("s", "d", "a", "x", 1_000),
            ("s", "c", "b", "x", 1_000),
            ("s", "c", "a", "", 1_000), ("s", "ca", "", "x", 1_000),
        ]
        for other in refused {
            let verified = OAuthState.verify(
                signed, secret: other.secret, componentAppID: other.component, authorizerAppID: other.authorizer,
                appState: other.appState, now: other.now, maximumLifetime: .seconds(600)
            )
            #expect(verified == nil, "\(other)")
        }
        for broken in [
            "", ".", "..", "1.2.3", signed + "x", "9" + signed, String(signed.dropFirst()),
            signed.replacingOccurrences(of: ".", with: ""),
        ] {
            #expect(
                OAuthState.verify(
                    broken, secret: "s", componentAppID: "c", authorizerAppID: "a", appState: "x", now: 1_000,
                    maximumLifetime: .seconds(600)) == nil)
        }
        let other = OAuthState(now: 1_000, lifetime: .seconds(600))
        #expect(other.nonce != state.nonce)
    }
}
