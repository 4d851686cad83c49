public import ArgumentParser

/// How `simulate` sends a message, as the WeChat console's encryption setting would (PROTOCOL.md §2.1).
public enum SimulationMode: String, Sendable, CaseIterable, ExpressibleByArgument {
    /// Clear XML, `signature` only.
    case plain
    /// Clear fields plus `<Encrypt>`, `encrypt_type=aes`.
    case compatible
    /// Only `<ToUserName>` and `<Encrypt>`, `encrypt_type=aes`.
    case safe
}
