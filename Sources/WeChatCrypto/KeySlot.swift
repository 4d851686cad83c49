/// Which configured EncodingAESKey a message was opened with, so the reply can be sealed with the same one
/// while a key rotation is under way (<doc:TheAESEnvelope>).
public enum KeySlot: Sendable, Hashable {
    /// The key currently set in the console.
    case current
    /// The key in use before the last rotation.
    case previous
}
