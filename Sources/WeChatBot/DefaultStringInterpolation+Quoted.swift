extension DefaultStringInterpolation {
    /// Appends `value` in double quotes, cut to 40 characters, for matcher summaries.
    mutating func appendInterpolation(quoted value: String) {
        appendLiteral("\"")
        appendLiteral(value.count > 40 ? value.prefix(39) + "…" : value)
        appendLiteral("\"")
    }
}
