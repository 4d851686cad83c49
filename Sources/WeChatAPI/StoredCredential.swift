/// A credential value as a ``CredentialStore`` keeps it.
public struct StoredCredential: Sendable, Hashable, Codable {
    /// The token or ticket itself. A secret: never log it.
    public var value: String
    /// When it stops working, in Unix seconds; `nil` means it does not expire (refresh tokens).
    public var expiresAt: Int64?
    /// When it was obtained or last written, in Unix seconds.
    public var updatedAt: Int64

    /// A credential with the given value and times.
    public init(value: String, expiresAt: Int64?, updatedAt: Int64) {
        self.value = value
        self.expiresAt = expiresAt
        self.updatedAt = updatedAt
    }

    /// Whether it still works at `now` with at least `margin` seconds to spare.
    public func isFresh(at now: Int64, margin: Int64 = 0) -> Bool {
        guard let expiresAt else { return true }
        let (remaining, overflow) = expiresAt.subtractingReportingOverflow(now)
        return overflow ? expiresAt > now : remaining > margin
    }
}

extension StoredCredential: CustomStringConvertible {
    /// The times only; the value is a secret.
    public var description: String {
        "StoredCredential(expiresAt: \(expiresAt.map(String.init) ?? "never"), updatedAt: \(updatedAt))"
    }
}
