/// The parts of a message the matching rule captured: regular-expression groups, by position and by name.
///
/// Positions count like `Regex` output: `0` is the whole match, `1` the first group. A group that did not
/// take part in the match reads as `nil`, as does any position or name the rule did not capture.
public struct RuleCaptures: Sendable, Hashable {
    private var positional: [String?]
    private var named: [String: String]

    /// No captures: what rules without a regular expression give.
    public static let none = RuleCaptures(positional: [], named: [:])

    /// Creates captures from positional values (index 0 = whole match) and named groups.
    public init(positional: [String?], named: [String: String] = [:]) {
        self.positional = positional
        self.named = named
    }

    /// The number of positions, including the whole match at 0.
    public var count: Int { positional.count }

    /// The capture at `position`, or `nil`.
    public subscript(position: Int) -> String? {
        positional.indices.contains(position) ? positional[position] : nil
    }

    /// The named group `name`, or `nil`.
    public subscript(name: String) -> String? {
        named[name]
    }

    /// These captures followed by `other`'s: positions after the first whole match are appended, names merged
    /// (the earlier capture wins a name clash). Used when two capturing matchers are combined with `&&`.
    func merged(with other: RuleCaptures) -> RuleCaptures {
        guard !other.positional.isEmpty || !other.named.isEmpty else { return self }
        guard !positional.isEmpty || !named.isEmpty else { return other }
        return RuleCaptures(
            positional: positional + other.positional.dropFirst(),
            named: named.merging(other.named) { earlier, _ in earlier }
        )
    }
}
