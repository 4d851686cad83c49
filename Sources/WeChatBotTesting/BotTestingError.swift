/// Failures the test kit's fakes produce on purpose.
public struct BotTestingError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case injectedFailure(String)
    }

    private let kind: Kind

    /// A fake was told to fail its next attempts at `operation` (to exercise retries).
    public static func injectedFailure(_ operation: String) -> BotTestingError {
        BotTestingError(kind: .injectedFailure(operation))
    }

    /// A readable reason.
    public var description: String {
        switch kind {
        case .injectedFailure(let operation): "injected failure of \(operation)"
        }
    }
}
