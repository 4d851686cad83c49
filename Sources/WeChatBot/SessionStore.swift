/// Where per-user sessions live between messages: opaque bytes by key, each with a time to live.
///
/// The key is scoped by account and user (`account|openid`); the value is the bot's own encoding of a
/// ``Session``. ``InMemorySessionStore`` is the default; database-backed stores implement the same protocol.
public protocol SessionStore: Sendable {
    /// The value stored under `key`, or `nil` when there is none or it expired.
    func load(_ key: String) async throws -> [UInt8]?
    /// Stores `value` under `key`, replacing any earlier value, kept for `ttl` from now.
    func save(_ key: String, value: [UInt8], ttl: Duration) async throws
    /// Removes the value under `key`, if any.
    func delete(_ key: String) async throws
}
