/// Fresh callback secrets for the WeChat console.
public enum Keygen {
    private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// A 32-character token of letters and digits (the longest WeChat allows; WeChatCrypto: “Signatures”).
    public static func token() -> String {
        randomAlphanumerics(32)
    }

    /// A random EncodingAESKey: 43 letters and digits, as the console asks (WeChatCrypto: “The AES envelope”); any such
    /// text decodes to a 32-byte AES key.
    public static func aesKey() -> String {
        randomAlphanumerics(43)
    }

    private static func randomAlphanumerics(_ count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String(
            (0..<count).map { _ in alphanumerics[Int.random(in: 0..<alphanumerics.count, using: &generator)] })
    }
}
