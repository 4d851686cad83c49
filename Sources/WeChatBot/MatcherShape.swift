/// What a matcher is known to accept, as far as start-up diagnostics can tell: enough to see that a rule
/// is shadowed by an earlier one.
enum MatcherShape: Hashable, Sendable {
    /// Accepts every message.
    case everything
    /// Accepts every message of a kind: `text`, `event`, or `event:<lower-cased event name>`.
    case kind(String)
    /// Accepts exactly one value of a field of a kind, e.g. the text `help` or the click key `MENU_A`.
    case exact(kind: String, value: String)
    /// Anything else: a predicate, prefix, regex or combination. Never reported, never shadows.
    case opaque

    /// Whether every message this shape accepts is also accepted by `self`.
    func covers(_ other: MatcherShape) -> Bool {
        switch (self, other) {
        case (.everything, _):
            true
        case (.kind(let kind), .kind(let otherKind)), (.kind(let kind), .exact(let otherKind, _)):
            otherKind == kind || otherKind.hasPrefix(kind + ":")
        case (.exact(let kind, let value), .exact(let otherKind, let otherValue)):
            kind == otherKind && value == otherValue
        default:
            false
        }
    }

    /// The shape of two matchers that must both accept.
    func and(_ other: MatcherShape) -> MatcherShape {
        switch (self, other) {
        case (.everything, let shape), (let shape, .everything): shape
        default: .opaque
        }
    }
}
