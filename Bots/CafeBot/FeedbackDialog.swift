import WeChatBot

/// The steps of the feedback dialog: each is a question whose answer is the guest's next message.
enum FeedbackStep: String, DialogStep {
    case rating, comment
}

/// Leave feedback in three steps: 「反馈」 → a rating from 1 to 5 → a comment, which goes to the manager.
struct FeedbackDialog: RuleGroup {
    static let rating = SessionKey<Int>("feedback.rating")

    /// Asks the first question; also used by the menu button.
    static func start(_ context: BotContext) async throws -> Reply? {
        try await context.session.expect(FeedbackStep.rating)
        return .text("请为本次体验打分（1-5），回复「取消」退出。")
    }

    var body: Rules {
        On(.text("反馈")) { _, context in try await Self.start(context) }
        On(.text("取消") && (.expecting(FeedbackStep.rating) || .expecting(FeedbackStep.comment))) { _, _ in
            .text("已取消反馈。")
        }
        On(.text && .expecting(FeedbackStep.rating)) { text, context in
            guard let rating = Int(text.content), (1...5).contains(rating) else {
                try await context.session.expect(FeedbackStep.rating)
                return .text("请回复 1 到 5 之间的数字。")
            }
            try await context.session.set(rating, for: Self.rating)
            try await context.session.expect(FeedbackStep.comment)
            return .text("谢谢！还有什么想对我们说的吗？")
        }
        On(.text && .expecting(FeedbackStep.comment)) { text, context in
            let rating = try await context.session.value(for: Self.rating) ?? 0
            try await context.session.set(nil, for: Self.rating)
            try await context.customerService?.send(
                .text("新反馈 \(String(repeating: "★", count: rating))：\(text.content)"),
                to: Cafe.managerOpenID,
                account: context.account
            )
            return .text("收到，感谢您的 \(rating) 星评价！")
        }
    }
}
