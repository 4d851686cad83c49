public import WeChatMessages

extension Matcher where Payload == InboundMessage {
    /// A condition on the whole message, for combining with `&&` (or matching any kind on its own).
    static func condition(
        _ summary: String,
        dialogSteps: Set<String> = [],
        _ accepts: @escaping @Sendable (MatchSubject) -> Bool
    ) -> Matcher {
        Matcher(
            kinds: .all,
            shape: .opaque,
            summary: summary,
            dialogSteps: dialogSteps,
            extract: { $0 }
        ) { _, subject in
            accepts(subject) ? RuleCaptures.none : nil
        }
    }

    /// Messages from any of the users `openIDs`.
    public static func sender(_ openIDs: String...) -> Matcher {
        let senders = Set(openIDs)
        return condition("sender in \(openIDs.count) users") { senders.contains($0.message.header.fromUserName) }
    }

    /// Messages sent to `account` (compared by original id).
    public static func account(_ account: AccountIdentity) -> Matcher {
        condition("account == \(account)") { $0.account.originalID == account.originalID }
    }

    /// Messages for which `predicate` holds: any custom condition.
    public static func message(where predicate: @escaping @Sendable (InboundMessage) -> Bool) -> Matcher {
        condition("message where <predicate>") { predicate($0.message) }
    }

    /// The sender's next message after a handler called `context.session.expect(step)`.
    ///
    /// When such a rule matches, the expectation is consumed before its handler runs; the handler asks the
    /// next question with another `expect`, or lets the dialog end.
    public static func expecting(_ step: some DialogStep) -> Matcher {
        let value = step.sessionValue
        return condition("expecting \(value)", dialogSteps: [value]) { $0.expectedStep == value }
    }
}
