import WeChatCallback

/// Wall-clock Unix seconds, shared with the callback pipeline.
typealias UnixTime = WeChatCallback.UnixTime
