/// Bounds applied before and while decoding an XML body.
public struct XMLLimits: Sendable, Hashable {
    /// The largest body accepted, in bytes (default 1 MiB, node-webot's limit; compatible mode triples a body).
    public var maximumBytes: Int
    /// The deepest element nesting accepted (WeChat's deepest payload nests 5 levels).
    public var maximumDepth: Int

    /// Creates limits; the defaults suit every WeChat payload.
    public init(maximumBytes: Int = 1 << 20, maximumDepth: Int = 32) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
    }

    /// 1 MiB and 32 levels.
    public static let `default` = XMLLimits()
}
