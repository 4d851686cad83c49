/// A typed key for a value kept in a user's ``Session``.
///
/// Declare keys once, next to the handlers that use them:
/// ```swift
/// let rating = SessionKey<Int>("feedback.rating")
/// try await context.session.set(4, for: rating)
/// ```
public struct SessionKey<Value: Codable & Sendable>: Sendable, Hashable {
    /// The name the value is stored under; unique within a session.
    public let name: String

    /// Creates a key named `name`.
    public init(_ name: String) {
        self.name = name
    }
}
