import WeChatBot

// The HTTP server comes with the WeChatHummingbird module; until then, show what the bot answers.
print(Bot.echo.ruleSummary.joined(separator: "\n"))
