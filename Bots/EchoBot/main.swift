import Logging
import WeChatBot
import WeChatHummingbird

// EchoBot over HTTP: `EchoBot --port 8080 --token TOKEN --aes-key KEY --app-id wx…` (or the WECHAT_… variables).
LoggingSystem.bootstrap(StreamLogHandler.standardError)
await WeChatServer.runFromCommandLine(bot: .echo, logger: Logger(label: "EchoBot"))
