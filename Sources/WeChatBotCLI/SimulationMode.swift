public import ArgumentParser

/// How `simulate` sends a message, as the WeChat console's encryption setting would (WeChatCrypto: “The AES envelope”).
public enum SimulationMode: String, Sendable, CaseIterable, ExpressibleByArgument {
    /// Clear XML, `signature` only.
    case plain
    /// Clear fields plus `<Encrypt>`, `encrypt_type=aes`.
    case compatible
    /// Only `<ToUserName>` and `<Encrypt>`, `encrypt_type=aes`.
    case safe
}
