/// Why PlatformBot cannot start: a wrong or missing setting, named without its value.
struct PlatformBotError: Error, CustomStringConvertible {
    /// What is wrong.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
