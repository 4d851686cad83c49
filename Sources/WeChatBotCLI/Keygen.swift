import WeChatCrypto

/// Fresh callback secrets for the WeChat console.
public enum Keygen {
    /// A 32-character token of letters and digits (the longest WeChat allows, PROTOCOL.md §1.5).
    public static func token() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// A random 43-character EncodingAESKey.
    public static func aesKey() -> String {
        EncodingAESKey.random().text
    }
}
