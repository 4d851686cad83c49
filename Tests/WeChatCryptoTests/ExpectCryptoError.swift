import Testing
import WeChatCrypto

/// Expects `body` to throw a `CryptoError` with WeChat code `code` whose description contains `fragment`.
func expectCryptoError(
    code: Int,
    containing fragment: String = "",
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) {
    let error = #expect(throws: CryptoError.self, sourceLocation: sourceLocation) { try body() }
    #expect(error?.weChatCode == code, sourceLocation: sourceLocation)
    #expect(error?.description.contains(fragment) == true, sourceLocation: sourceLocation)
}
