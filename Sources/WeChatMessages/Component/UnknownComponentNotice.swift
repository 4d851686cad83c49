/// A component notice whose `InfoType` this library does not model; it keeps every field so nothing is lost.
public struct UnknownComponentNotice: Sendable, Hashable {
    /// The third-party platform's appid (`AppId`).
    public var componentAppID: String
    /// When WeChat sent the notice (`CreateTime`, Unix seconds); `nil` when it was left out.
    public var createTime: Int64?
    /// The raw `InfoType` value exactly as sent.
    public var infoType: String
    /// The whole decoded document, every element as received.
    public var raw: XMLTree

    /// Creates the value from its parts.
    public init(componentAppID: String, createTime: Int64?, infoType: String, raw: XMLTree) {
        self.componentAppID = componentAppID
        self.createTime = createTime
        self.infoType = infoType
        self.raw = raw
    }
}
