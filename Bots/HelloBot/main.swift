import WeChatBot
import WeChatHummingbird

LoggingSystem.bootstrap(StreamLogHandler.standardError)
await WeChatServer.runFromCommandLine(bot: .hello, logger: Logger(label: "HelloBot"))
