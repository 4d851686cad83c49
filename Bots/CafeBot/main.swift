import WeChatBot

// The HTTP server comes with the WeChatHummingbird module; until then, show what the bot answers.
print(Bot.cafe.ruleSummary.joined(separator: "\n"))
