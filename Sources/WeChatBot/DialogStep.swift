/// One step of a multi-turn dialog: the question the bot asked and whose answer the user's next message is.
///
/// Make an enum of the steps; a handler asks with `context.session.expect(.rating)`, and a rule declared with
/// `.expecting(FeedbackStep.rating)` receives that user's next message:
/// ```swift
/// enum FeedbackStep: String, DialogStep { case rating, comment }
/// ```
public protocol DialogStep: RawRepresentable<String>, Sendable, Hashable {}

extension DialogStep {
    /// How the step is stored in the session: the type's full name and the raw value, so two dialogs with a
    /// step of the same name never mix.
    var sessionValue: String {
        "\(String(reflecting: Self.self)).\(rawValue)"
    }
}
