/// A compiled regular expression that can be shared between concurrent messages.
///
/// `Regex` is not declared `Sendable`, but a compiled value is never mutated after creation (its lazily
/// lowered program is published atomically), so matching from several tasks at once is safe.
struct RegexPattern: Sendable {
    nonisolated(unsafe) private let regex: Regex<AnyRegexOutput>

    init(_ regex: some RegexComponent) {
        self.regex = Regex<AnyRegexOutput>(regex.regex)
    }

    /// The first match in `text` as captures (0 = the whole match), or `nil` when there is none.
    func captures(in text: String) -> RuleCaptures? {
        guard let match = try? regex.firstMatch(in: text) else { return nil }
        var named: [String: String] = [:]
        let positional = match.output.map { element -> String? in
            let value = element.substring.map(String.init)
            if let name = element.name, let value { named[name] = value }
            return value
        }
        return RuleCaptures(positional: positional, named: named)
    }
}
