// The account API's types (AccountAPI, WeChatAPIError, the request and response models) are part of this
// module's API: users who import WeChatAPI name them without a second import.
@_exported public import WeChatAccountAPI
