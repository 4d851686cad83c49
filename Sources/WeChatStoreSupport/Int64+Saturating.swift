extension Int64 {
    /// `self + other`, clamped to the range of `Int64` instead of trapping: expiry arithmetic with a huge
    /// TTL means "never", not a crash.
    package func addingSaturated(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}
