/// A message whose `MsgType` this library does not model; it keeps every field so nothing is lost.
public struct UnknownMessage: InboundPayload, Hashable {
    /// The common header; `header.msgType` is the raw, unrecognised `MsgType`.
    public var header: MessageHeader
    /// The whole decoded document, every element as received.
    public var raw: XMLTree

    /// Creates the value from its parts.
    public init(header: MessageHeader, raw: XMLTree) {
        self.header = header
        self.raw = raw
    }
}
