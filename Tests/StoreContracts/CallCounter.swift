/// Counts calls from concurrent tasks.
package actor CallCounter {
    /// The number of calls so far.
    package private(set) var value = 0

    /// A counter at zero.
    package init() {}

    /// Counts one call and returns its number, starting at 1.
    package func increment() -> Int {
        value += 1
        return value
    }
}
