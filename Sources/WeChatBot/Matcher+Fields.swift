extension Matcher {
    /// This matcher, restricted to payloads whose string field (read by `read`, called `name` in summaries;
    /// empty for the payload's main text) is exactly `value`. With `index`, a router finds the rule by hashing.
    func field(
        _ name: String,
        _ read: @escaping @Sendable (Payload) -> String?,
        equals value: String,
        index: ExactKey.Field? = nil
    ) -> Matcher {
        guard case .kind(let kind) = shape else {
            return filter(shape: .opaque, summary: "\(describing(name)) == \(quoted: value)") { read($0) == value }
        }
        var matcher = filter(
            shape: .exact(kind: kind, value: value), summary: "\(describing(name)) == \(quoted: value)"
        ) {
            read($0) == value
        }
        matcher.exactKey = index.map { ExactKey(field: $0, value: value) }
        return matcher
    }

    /// This matcher, restricted to payloads whose string field starts with `prefix` (compared by Unicode
    /// scalars, see `TextFragment`).
    func field(_ name: String, _ read: @escaping @Sendable (Payload) -> String?, hasPrefix prefix: String) -> Matcher {
        let fragment = TextFragment(prefix)
        return filter(shape: .opaque, summary: "\(describing(name)) prefix \(quoted: prefix)") {
            read($0).map(fragment.isPrefix(of:)) ?? false
        }
    }

    /// This matcher, restricted to payloads whose string field contains `fragment` (compared by Unicode
    /// scalars, see `TextFragment`).
    func field(_ name: String, _ read: @escaping @Sendable (Payload) -> String?, contains fragment: String) -> Matcher {
        let search = TextFragment(fragment)
        return filter(shape: .opaque, summary: "\(describing(name)) contains \(quoted: fragment)") {
            read($0).map(search.occurs(in:)) ?? false
        }
    }

    /// This matcher, restricted to payloads whose string field `regex` finds a match in; the match's groups
    /// become the captures.
    func field(_ name: String, _ read: @escaping @Sendable (Payload) -> String?, matching regex: some RegexComponent)
        -> Matcher
    {
        let pattern = RegexPattern(regex)
        return refined(shape: .opaque, summary: "\(describing(name)) matching regex") {
            read($0).flatMap(pattern.captures(in:))
        }
    }

    private func describing(_ name: String) -> String {
        name.isEmpty ? summary : "\(summary) \(name)"
    }
}
