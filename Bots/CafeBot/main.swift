import Logging
import WeChatBot
import WeChatHummingbird

// CafeBot over HTTP: `CafeBot --port 8080 --token TOKEN --aes-key KEY --app-id wx…` (or the WECHAT_… variables).
LoggingSystem.bootstrap(StreamLogHandler.standardError)
await WeChatServer.runFromCommandLine(bot: .cafe, logger: Logger(label: "CafeBot"))
