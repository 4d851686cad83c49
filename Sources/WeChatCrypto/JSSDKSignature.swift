/// The `signature` a web page passes to the JS-SDK's `wx.config` (<doc:SignatureChecks>).
public enum JSSDKSignature {
    /// Signs a page: SHA-1 (lower-case hex) of `jsapi_ticket=…&noncestr=…&timestamp=…&url=…`.
    ///
    /// Any `#fragment` is dropped from `url`, since WeChat signs the page address without it; the rest of
    /// the URL (query included) is used raw, not percent-encoded.
    public static func sign(ticket: String, nonceString: String, timestamp: Int, url: String) -> String {
        let page = url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
        // The four keys are distinct prefixes already in ASCII order, so sorting the pairs sorts by key.
        return WeChatSignature.sortedSHA1(
            ["jsapi_ticket=\(ticket)", "noncestr=\(nonceString)", "timestamp=\(timestamp)", "url=\(page)"],
            separator: "&"
        )
    }
}
