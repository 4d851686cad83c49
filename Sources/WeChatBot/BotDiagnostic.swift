/// A problem in a bot's rules found at start-up: something declared that can never run.
///
/// The bot logs each as a warning when it is created; tests can assert on ``Bot/diagnostics``.
public struct BotDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Hashable {
        /// An earlier rule matches everything this rule matches and never falls through.
        case unreachableRule
        /// A rule group has no rules.
        case emptyGroup
        /// A click rule's key is in no declared menu (see ``MenuBar``).
        case clickKeyNotInMenu
        /// A declared menu's click key is answered by no rule.
        case menuKeyUnanswered
    }

    /// What kind of problem it is.
    public let kind: Kind
    /// Where the rule or group was declared.
    public let location: SourceLocation
    /// A readable explanation naming the rules involved.
    public let message: String

    /// `location: message`.
    public var description: String { "\(location): \(message)" }
}
