/// The callback pipeline's public types (`WeChatAccount`, `WeChatEndpointConfiguration`, `WeChatMetrics`,
/// `CallbackEndpoint`, ...) come with `import WeChatHummingbird`, as they did before they moved below it.
@_exported public import WeChatCallback
