// What a bot's author names — messages, events, replies (WeChatMessages) and the account API
// (WeChatAccountAPI) — comes with `import WeChatBot`: one import is enough to write a bot.
@_exported public import WeChatAccountAPI
@_exported public import WeChatMessages
// `context.logger` is a swift-log `Logger`; its methods come with the same import.
@_exported public import Logging
