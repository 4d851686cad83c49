extension Duration {
    /// The duration in whole milliseconds (rounded down, saturating), the unit stores keep times in.
    package var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        let (fromSeconds, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        guard !overflow else { return seconds < 0 ? .min : .max }
        let (total, sumOverflow) = fromSeconds.addingReportingOverflow(attoseconds / 1_000_000_000_000_000)
        guard !sumOverflow else { return fromSeconds < 0 ? .min : .max }
        return total
    }
}
