/// An inbound encrypted message after its signature was verified and its ciphertext decrypted.
public struct OpenedMessage: Sendable, Hashable {
    /// The clear message bytes (a message's XML, or a WeCom echo string).
    public var message: [UInt8]
    /// The receive id found in the plaintext.
    public var appID: String
    /// The key that opened the message; seal the reply with the same one.
    public var key: KeySlot

    /// Creates an opened message from its parts.
    public init(message: [UInt8], appID: String, key: KeySlot) {
        self.message = message
        self.appID = appID
        self.key = key
    }
}
